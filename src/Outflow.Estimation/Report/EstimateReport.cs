using Outflow.Estimation.Options;

namespace Outflow.Estimation.Report;

/// <summary>Everything one estimate run found: series with facts, bands and conflicts; totals per origin; waves.</summary>
/// <param name="AsOf">The date the estimate speaks for: <see cref="EstimateOptions.AsOf"/>, else the latest fact date.</param>
/// <param name="Options">The rules used, echoed so a reader can tell how the figures were reached.</param>
/// <param name="ClaimsUsed">Claims that went into facts.</param>
/// <param name="ClaimsExcluded">Claims a reviewer rejected (each listed in its series' <c>excluded</c>).</param>
public sealed record EstimateReport(
    DateOnly? AsOf,
    EstimateOptions Options,
    int ClaimsUsed,
    int ClaimsExcluded,
    IReadOnlyList<SeriesEstimate> Series,
    IReadOnlyList<TotalEstimate> Totals,
    IReadOnlyList<Wave> Waves);
