using Outflow.Core.Claims;
using Outflow.Estimation.Series;

namespace Outflow.Estimation.Report;

/// <summary>One series: comparable figures (same origin, destination, measure, population, unit, rate and baseline).</summary>
/// <param name="Id">Stable id from the key, e.g. <c>RU.KZ.arrivals.general.people.total.2022-09-21</c>.</param>
/// <param name="Baseline">Start of the counted period (normalised claim <c>from</c>); null = unknown baseline.</param>
/// <param name="Facts">Facts, dated ones by date; set-aside facts included and flagged.</param>
/// <param name="Band">For cumulative series the monotone band at every fact date; for others the range at each date.</param>
/// <param name="Estimate">The best estimate at the latest band date, null when no fact is dated.</param>
/// <param name="Conflicts">Facts that cannot all be true, and which was set aside and why.</param>
/// <param name="Excluded">Ids of claims a reviewer rejected.</param>
public sealed record SeriesEstimate(
    string Id,
    string Origin,
    string? Destination,
    Measure Measure,
    Population Population,
    CountUnit Unit,
    Rate? Per,
    string? Baseline,
    SeriesKind Kind,
    int ClaimCount,
    IReadOnlyList<FactView> Facts,
    IReadOnlyList<BandPoint> Band,
    PointEstimate? Estimate,
    IReadOnlyList<Conflict> Conflicts,
    IReadOnlyList<string> Excluded);
