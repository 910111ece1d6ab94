using Outflow.Estimation.Report;

namespace Outflow.Web.Estimates;

/// <summary>
/// Bounds the size of an estimate report for the API: a series with thousands of facts keeps the facts that shape
/// its band (the bounding facts at each date, those in conflicts, the most recent) up to a limit, each with a few
/// citations, the first conflicts and an evenly thinned band; <c>claim_count</c> still counts every claim. Every fact is at /api/series/{id}?detail=all.
/// </summary>
public static class CompactReport
{
    public const int MaxFacts = 100;
    public const int MaxBandPoints = 200;
    public const int MaxCitations = 3;
    public const int MaxConflicts = 20;

    public static EstimateReport Trim(EstimateReport report, int maxFacts = MaxFacts) =>
        report with { Series = report.Series.Select(s => Trim(s, maxFacts)).ToList() };

    public static SeriesEstimate Trim(SeriesEstimate s, int maxFacts = MaxFacts)
    {
        if (s.Facts.Count <= maxFacts && s.Conflicts.Count <= MaxConflicts && s.Band.Count <= MaxBandPoints && s.Facts.All(f => f.Citations.Count <= MaxCitations)) return s;
        var conflicts = s.Conflicts.Take(MaxConflicts).Select(c => c with { Quotes = c.Quotes.Take(4).ToList() }).ToList();
        var keep = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in conflicts) keep.UnionWith(c.FactIds);
        foreach (var b in s.Band)
        {
            if (b.LowerFact is { } l) keep.Add(l);
            if (b.UpperFact is { } u) keep.Add(u);
        }
        var facts = s.Facts.Where(f => keep.Contains(f.Id) || f.SetAside).ToList();
        var room = Math.Max(0, maxFacts - facts.Count);
        facts.AddRange(s.Facts.Where(f => !keep.Contains(f.Id) && !f.SetAside).OrderByDescending(f => f.Date, StringComparer.Ordinal).Take(room));
        var order = s.Facts.Select((f, i) => (f.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        facts = facts.OrderBy(f => order[f.Id]).Take(2 * maxFacts).Select(TrimCitations).ToList();
        return s with { Facts = facts, Conflicts = conflicts, Band = Thin(s.Band), Excluded = s.Excluded.Take(100).ToList() };
    }

    /// <summary>At most <see cref="MaxBandPoints"/> band points, evenly spaced, always keeping the first and the last.</summary>
    private static IReadOnlyList<BandPoint> Thin(IReadOnlyList<BandPoint> band)
    {
        if (band.Count <= MaxBandPoints) return band;
        var step = (double)(band.Count - 1) / (MaxBandPoints - 1);
        return Enumerable.Range(0, MaxBandPoints).Select(i => band[(int)Math.Round(i * step)]).Distinct().ToList();
    }

    private static FactView TrimCitations(FactView f) =>
        f.Citations.Count <= MaxCitations && f.ClaimIds.Count <= 50
            ? f
            : f with { Citations = f.Citations.Take(MaxCitations).ToList(), ClaimIds = f.ClaimIds.Take(50).ToList() };
}
