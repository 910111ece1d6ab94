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
    /// <summary>Estimates from claims by the stated options.</summary>
    /// <param name="claims">Claims with review state (corrections already applied) and publication dates.</param>
    /// <param name="options">Tolerances, set-aside rule, filters; <c>new EstimateOptions()</c> for the defaults.</param>
    /// <returns>An immutable report; serialise it with <see cref="EstimateJson.Serialize(EstimateReport, bool)"/>.</returns>
    public static EstimateReport Estimate(IEnumerable<EvidenceClaim> claims, EstimateOptions options)
    {
        ArgumentNullException.ThrowIfNull(claims);
        ArgumentNullException.ThrowIfNull(options);
        var inScope = claims.Where(e => InScope(e, options)).ToList();
        var baselines = new Baselines(inScope);
        var sources = new SourceNames(options);
        var grouping = SeriesGrouping.Build(inScope, baselines, sources);
        var analysis = new SeriesAnalysis(new FactMerger(options, sources), new FactRanking(options.SetAsideRule));
        var series = Enumerable.Range(0, grouping.Keys.Count)
            .Select(k => (K: k, Id: grouping.Keys[k].Id))
            .OrderBy(x => x.Id, StringComparer.Ordinal)
            .Select(x => analysis.Build(grouping.Keys[x.K], grouping.Of(x.K), grouping.Excluded[x.K] ?? []))
            .ToList();
        var asOf = options.AsOf ?? series.Select(s => s.Estimate?.AsOf).Max();
        var totals = TotalsBuilder.Build(series, options.GroupDestinations);
        var waves = new WaveFinder(options.WaveThreshold).Find(series, grouping.Activity);
        return new EstimateReport(asOf, options, grouping.Used, grouping.Rejected, series, totals, waves);
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
