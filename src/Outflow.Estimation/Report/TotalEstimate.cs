namespace Outflow.Estimation.Report;

/// <summary>Total departures from an origin since a baseline, from its own claims, against the sum of destinations.</summary>
/// <param name="DeparturesSeries">Id of the departures series (its band is the total over time); null when there is none.</param>
/// <param name="Departures">The departures estimate; null when no departures claim exists for this baseline.</param>
/// <param name="SumOfDestinations">Sum of the latest arrival estimates of country destinations (groups are listed, not summed).</param>
/// <param name="Gap">Departures minus the sum of destinations: people not accounted for by any named country (or double counting when negative).</param>
public sealed record TotalEstimate(
    string Origin,
    string? Baseline,
    string? DeparturesSeries,
    PointEstimate? Departures,
    double? SumOfDestinations,
    double? SumLow,
    double? SumHigh,
    double? Gap,
    IReadOnlyList<DestinationEstimate> Destinations);
