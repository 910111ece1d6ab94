using Outflow.Core.Claims;
using Outflow.Estimation.Band;
using Outflow.Estimation.Evidence;
using Outflow.Estimation.Facts;
using Outflow.Estimation.Options;
using Outflow.Estimation.Report;
using Outflow.Estimation.Series;
using Outflow.Estimation.Totals;
using Outflow.Estimation.Waves;

namespace Outflow.Estimation;

/// <summary>
/// Reconciles claims into estimates: series of comparable figures, facts with all their citations, a monotone band
/// for cumulative counts, named conflicts with the weakest fact set aside by a stated rule, totals and waves.
/// </summary>
/// <remarks>The rules are in <see cref="EstimateOptions"/> and the README's "Estimates" section. Rejected claims are
/// never used; they are listed in their series' <c>excluded</c>. The result depends only on the claims and options.</remarks>
public static class Estimator
{
    public static EstimateReport Estimate(IEnumerable<EvidenceClaim> claims, EstimateOptions options)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(options);
        var inScope = claims.Where(e => InScope(e, options)).ToList();
        var baselines = new Baselines(inScope);
        var sources = new SourceNames(options);
        var groups = new Dictionary<SeriesKey, List<Item>>();
        var excluded = new Dictionary<SeriesKey, List<string>>();
        var activity = new ClaimActivity();
        int used = 0, rejected = 0;
        foreach (var e in inScope)
        {
            var c = e.Claim;
            var key = new SeriesKey(c.Origin ?? "unknown", c.Destination, c.Measure, c.Population, c.Unit, c.Per, baselines.Normalise(c));
            if (e.Review == ReviewState.Rejected)
            {
                rejected++;
                if (!excluded.TryGetValue(key, out var ex)) excluded[key] = ex = [];
                ex.Add(c.Id);
                if (!groups.ContainsKey(key)) groups[key] = [];
                continue;
            }
            used++;
            if (!groups.TryGetValue(key, out var list)) groups[key] = list = [];
            list.Add(new Item(e, c.Id, sources.Normalise(c.Source), Bounds.Value(c)));
            activity.Add(key.Origin, e);
        }

        var analysis = new SeriesAnalysis(new FactMerger(options, sources), new FactRanking(options.SetAsideRule));
        var series = groups
            .Select(g => (Key: g.Key, Id: g.Key.Id, Items: g.Value))
            .OrderBy(g => g.Id, StringComparer.Ordinal)
            .Select(g => analysis.Build(g.Key, g.Items, excluded.TryGetValue(g.Key, out var x) ? x : []))
            .ToList();
        var asOf = options.AsOf ?? series.Select(s => s.Estimate?.AsOf).Max();
        var totals = TotalsBuilder.Build(series, options.GroupDestinations);
        var waves = new WaveFinder(options.WaveThreshold).Find(series, activity);
        return new EstimateReport(asOf, options, used, rejected, series, totals, waves);
    }

    private static bool InScope(EvidenceClaim e, EstimateOptions o)
    {
        var c = e.Claim;
        if (o.Origin is { } origin && !string.Equals(c.Origin, origin, StringComparison.OrdinalIgnoreCase)) return false;
        if (o.Destination is { } dest && !string.Equals(c.Destination, dest, StringComparison.OrdinalIgnoreCase)) return false;
        if (o.AsOf is { } asOf && (c.To is { } to && to.First > asOf || e.Published is { } p && p > asOf)) return false;
        return true;
    }
}
