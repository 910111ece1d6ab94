using Outflow.Core.Claims;
using Outflow.Estimation.Report;

namespace Outflow.Estimation.Totals;

/// <summary>
/// Total departures per origin and baseline, from the origin's own departures claims (no destination, general
/// population, people, not a rate), cross-checked against the sum of the latest arrivals estimates of each
/// country destination for the same baseline; the gap is departures minus that sum.
/// </summary>
/// <remarks>Group destinations (EU, CENTRAL_ASIA, ...) may overlap the countries in them, so they are listed but
/// not added. Each estimate is its series' latest, so the dates compared may differ: each carries its own as_of.</remarks>
internal static class TotalsBuilder
{
    public static List<TotalEstimate> Build(IReadOnlyList<SeriesEstimate> series, IReadOnlyList<string> groups)
    {
        var groupSet = new HashSet<string>(groups, StringComparer.OrdinalIgnoreCase);
        bool IsCountry(string code) => code.Length == 2 && !groupSet.Contains(code);
        var general = series.Where(s => s.Population == Population.General && s.Unit == CountUnit.People && s.Per is null && s.Estimate is not null);
        var departures = general.Where(s => s.Measure == Measure.Departures && s.Destination is null)
            .ToDictionary(s => (s.Origin, s.Baseline));
        var arrivals = general.Where(s => s.Measure == Measure.Arrivals && s.Destination is not null)
            .GroupBy(s => (s.Origin, s.Baseline))
            .ToDictionary(g => g.Key, g => g.OrderBy(s => s.Destination, StringComparer.Ordinal).ToList());
        var keys = departures.Keys.Union(arrivals.Keys)
            .OrderBy(k => k.Origin, StringComparer.Ordinal)
            .ThenBy(k => k.Baseline is null)
            .ThenBy(k => k.Baseline, StringComparer.Ordinal);
        var totals = new List<TotalEstimate>();
        foreach (var key in keys)
        {
            var dep = departures.GetValueOrDefault(key);
            var dests = arrivals.GetValueOrDefault(key) ?? [];
            var items = dests.Select(s => new DestinationEstimate(s.Destination!, s.Id, s.Estimate!, IsCountry(s.Destination!))).ToList();
            var summed = items.Where(d => d.Summed && d.Estimate.Value is not null).ToList();
            double? sum = summed.Count > 0 ? summed.Sum(d => d.Estimate.Value!.Value) : null;
            double? sumLow = summed.Count > 0 ? summed.Sum(d => d.Estimate.Low ?? 0) : null;
            double? sumHigh = summed.Count > 0 && summed.All(d => d.Estimate.High is not null) ? summed.Sum(d => d.Estimate.High!.Value) : null;
            double? gap = dep?.Estimate?.Value is { } v && sum is { } s2 ? v - s2 : null;
            totals.Add(new TotalEstimate(key.Origin, key.Baseline, dep?.Id, dep?.Estimate, sum, sumLow, sumHigh, gap, items));
        }
        return totals;
    }
}
