namespace Outflow.Estimation.Report;

/// <summary>The latest arrivals estimate for one destination in a total.</summary>
/// <param name="Summed">False for group destinations (EU, CENTRAL_ASIA, ...), which may overlap the countries and are not added.</param>
public sealed record DestinationEstimate(string Destination, string SeriesId, PointEstimate Estimate, bool Summed);
