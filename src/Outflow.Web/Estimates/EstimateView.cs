using Outflow.Core.Claims;
using Outflow.Estimation.Options;
using Outflow.Estimation.Report;
using Outflow.Estimation.Series;

namespace Outflow.Web.Estimates;

/// <summary>How much of a report an answer carries.</summary>
public enum EstimateDetail
{
    /// <summary>Each series' estimate, counts and latest band point: what a map or a table of destinations needs.</summary>
    Summary,

    /// <summary>Each series with its facts, band and conflicts, bounded by <see cref="CompactReport"/> (<c>detail=full</c>).</summary>
    Full,

    /// <summary>Every fact, band point and conflict, however many (<c>detail=all</c>).</summary>
    All,
}

/// <summary>One series without its facts: enough to shade a map, fill a table and pick the series to fetch in full.</summary>
/// <param name="Latest">The last band point, for series without an estimate.</param>
/// <param name="FirstDate">The date of the earliest dated fact.</param>
/// <param name="LastDate">The date of the latest dated fact.</param>
public sealed record SeriesSummary(
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
    int FactCount,
    int ConflictCount,
    PointEstimate? Estimate,
    BandPoint? Latest,
    string? FirstDate,
    string? LastDate)
{
    public static SeriesSummary Of(SeriesEstimate s)
    {
        string? first = null, last = null;
        foreach (var f in s.Facts)
        {
            // partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) order correctly as strings
            if (f.Date is not { } d) continue;
            if (first is null || string.CompareOrdinal(d, first) < 0) first = d;
            if (last is null || string.CompareOrdinal(d, last) > 0) last = d;
        }
        return new(s.Id, s.Origin, s.Destination, s.Measure, s.Population, s.Unit, s.Per, s.Baseline, s.Kind,
            s.ClaimCount, s.Facts.Count, s.Conflicts.Count, s.Estimate, s.Band.Count > 0 ? s.Band[^1] : null, first, last);
    }
}

/// <summary>The summary answer of /api/estimates: the report's head, totals and waves, and a summary per series.</summary>
public sealed record SummaryReport(
    DateOnly? AsOf,
    EstimateOptions Options,
    string Detail,
    int ClaimsUsed,
    int ClaimsExcluded,
    IReadOnlyList<SeriesSummary> Series,
    IReadOnlyList<TotalEstimate> Totals,
    IReadOnlyList<Wave> Waves)
{
    public static SummaryReport Of(EstimateReport r) =>
        new(r.AsOf, r.Options, "summary", r.ClaimsUsed, r.ClaimsExcluded, r.Series.Select(SeriesSummary.Of).ToList(), r.Totals, r.Waves);
}
