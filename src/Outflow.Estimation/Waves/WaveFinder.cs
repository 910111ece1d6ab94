using Outflow.Core.Claims;
using Outflow.Estimation.Report;
using Outflow.Estimation.Series;

namespace Outflow.Estimation.Waves;

/// <summary>
/// Finds waves: runs of dates at or above a stated fraction (default half) of the peak, in each rate series (read
/// as people per day at each band date) and in the number of new claims per week for each origin (by publication
/// date, else the claim's day-precision date). A gap of a week with no claims ends a run.
/// </summary>
internal sealed class WaveFinder(double threshold)
{
    public List<Wave> Find(IReadOnlyList<SeriesEstimate> series, ClaimActivity activity)
    {
        var waves = new List<Wave>();
        foreach (var s in series.Where(s => s.Kind == SeriesKind.Rate && s.Band.Count >= 2))
        {
            var days = PerDay(s.Per!.Value);
            var points = s.Band.Where(b => b.Estimate is not null).Select(b => (b.Date, Value: b.Estimate!.Value / days, Next: b.Date)).ToList();
            foreach (var (start, end, peak, value) in Runs(points))
                waves.Add(new Wave(s.Origin, s.Destination, WaveKind.Rate, s.Id, start, end, peak, value));
        }
        foreach (var (origin, weeks) in activity.Weeks.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            var points = weeks.OrderBy(w => w.Key).Select(w => (w.Key, (double)w.Value, w.Key.AddDays(6))).ToList();
            foreach (var (start, end, peak, value) in Runs(points, maxGapDays: 7))
                waves.Add(new Wave(origin, null, WaveKind.Claims, null, start, end, peak, value));
        }
        return waves;
    }

    /// <summary>Runs of consecutive points at or above threshold × the series' peak.</summary>
    private IEnumerable<(DateOnly Start, DateOnly End, DateOnly Peak, double Value)> Runs(
        List<(DateOnly Date, double Value, DateOnly Last)> points, int? maxGapDays = null)
    {
        if (points.Count == 0) yield break;
        var cut = threshold * points.Max(p => p.Value);
        (DateOnly Start, DateOnly End, DateOnly Peak, double Value)? run = null;
        DateOnly? previous = null;
        foreach (var p in points)
        {
            var gap = maxGapDays is { } g && previous is { } prev && p.Date.DayNumber - prev.DayNumber > g;
            if (run is { } r && (p.Value < cut || gap)) { yield return r; run = null; }
            previous = p.Date;
            if (p.Value < cut) continue;
            run = run is { } open
                ? (open.Start, p.Last, p.Value > open.Value ? p.Date : open.Peak, Math.Max(open.Value, p.Value))
                : (p.Date, p.Last, p.Date, p.Value);
        }
        if (run is { } last) yield return last;
    }

    private static double PerDay(Rate r) => r switch
    {
        Rate.Day => 1,
        Rate.Week => 7,
        Rate.Month => 365.25 / 12,
        _ => 365.25,
    };
}
