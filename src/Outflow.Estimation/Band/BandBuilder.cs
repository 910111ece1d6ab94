using Outflow.Estimation.Facts;
using Outflow.Estimation.Report;

namespace Outflow.Estimation.Band;

/// <summary>Builds the band of a series from its kept, dated facts, and the best estimate at each band date.</summary>
/// <remarks>
/// Cumulative: lower(t) = max low over facts whose date ends on or before t; upper(t) = min high over facts whose
/// date starts on or after t (a month-precision fact bounds from below only from the end of its month, from above
/// only up to its start). Points at every such date. Other kinds: at each fact date, the range the facts of that
/// date allow (no baseline: the span of that date's figures). Best estimate: the latest exact/approx/range figure dated on or before t (the strongest one on a
/// tie), clamped to the band; else the geometric midpoint √(lower·upper); else the one bound known.
/// </remarks>
internal static class BandBuilder
{
    public static (List<BandPoint> Band, PointEstimate? Estimate) Build(List<WorkingFact> kept, FactRanking ranking, BandMode mode)
    {
        if (kept.Count == 0) return ([], null);
        return mode == BandMode.Monotone ? Monotone(kept, ranking) : ByDate(kept, ranking, envelope: mode == BandMode.Envelope);
    }

    private static (List<BandPoint>, PointEstimate?) Monotone(List<WorkingFact> kept, FactRanking ranking)
    {
        var slots = new DateSlots(kept.SelectMany(f => new[] { f.LowDate, f.HighDate }));
        var n = slots.Count;
        var low = new WorkingFact?[n];
        var high = new WorkingFact?[n];
        var point = new WorkingFact?[n];
        foreach (var f in kept)
        {
            int a = slots.Of(f.LowDate), b = slots.Of(f.HighDate);
            if (f.Low is { } l && (low[a] is null || l > low[a]!.Low)) low[a] = f;
            if (f.High is { } h && (high[b] is null || h < high[b]!.High)) high[b] = f;
            if (Bounds.IsPoint(f.Claim.Qualifier) && f.Primary.Value is not null && (point[a] is null || ranking.Compare(f, point[a]) < 0)) point[a] = f;
        }
        for (var i = 1; i < n; i++)
        {
            if (low[i - 1] is { } p && (low[i] is null || p.Low > low[i]!.Low)) low[i] = p;
            point[i] ??= point[i - 1];
        }
        for (var i = n - 2; i >= 0; i--)
        {
            if (high[i + 1] is { } p && (high[i] is null || p.High < high[i]!.High)) high[i] = p;
        }
        var band = new List<BandPoint>(n);
        PointEstimate? last = null;
        for (var i = 0; i < n; i++)
        {
            var (value, rule) = Best(low[i]?.Low, high[i]?.High, point[i]);
            band.Add(new BandPoint(slots[i], low[i]?.Low, high[i]?.High, value, low[i]?.Id, high[i]?.Id));
            last = new PointEstimate(value, low[i]?.Low, high[i]?.High, slots[i], rule);
        }
        return (band, last);
    }

    private static (List<BandPoint>, PointEstimate?) ByDate(List<WorkingFact> kept, FactRanking ranking, bool envelope)
    {
        var band = new List<BandPoint>();
        PointEstimate? last = null;
        foreach (var g in kept.GroupBy(f => f.Date!.Value).OrderBy(g => g.Key.Last).ThenBy(g => g.Key.First))
        {
            WorkingFact? lo = null, hi = null, point = null;
            bool openLow = false, openHigh = false;
            foreach (var f in g.Order(ranking))
            {
                openLow |= f.Low is null;
                openHigh |= f.High is null;
                // intersection of the date's figures, or (envelope) their union
                if (f.Low is { } l && (lo is null || (envelope ? l < lo.Low : l > lo.Low))) lo = f;
                if (f.High is { } h && (hi is null || (envelope ? h > hi.High : h < hi.High))) hi = f;
                if (point is null && Bounds.IsPoint(f.Claim.Qualifier) && f.Primary.Value is not null) point = f;
            }
            if (envelope && openLow) lo = null;
            if (envelope && openHigh) hi = null;
            var (value, rule) = Best(lo?.Low, hi?.High, point);
            var date = g.Key.Last;
            band.Add(new BandPoint(date, lo?.Low, hi?.High, value, lo?.Id, hi?.Id));
            last = new PointEstimate(value, lo?.Low, hi?.High, date, rule);
        }
        return (band, last);
    }

    private static (double? Value, EstimateRule Rule) Best(double? lower, double? upper, WorkingFact? point)
    {
        if (point?.Primary.Value is { } v)
        {
            if (lower is { } lo && v < lo) v = lo;
            if (upper is { } hi && v > hi) v = hi;
            return (v, EstimateRule.LatestPoint);
        }
        return (lower, upper) switch
        {
            ({ } l, { } h) => (l > 0 ? Math.Sqrt(l * h) : (l + h) / 2, EstimateRule.Midpoint),
            ({ } l, null) => (l, EstimateRule.LowerBound),
            (null, { } h) => (h, EstimateRule.UpperBound),
            _ => (null, EstimateRule.Midpoint),
        };
    }
}
