using Outflow.Estimation.Band;
using Outflow.Estimation.Facts;
using Outflow.Estimation.Report;

namespace Outflow.Estimation.Series;

/// <summary>One series from claims to report: facts, conflicts, band, estimate.</summary>
internal sealed class SeriesAnalysis(FactMerger merger, FactRanking ranking)
{
    public SeriesEstimate Build(SeriesKey key, List<Item> items, IReadOnlyList<string> excluded)
    {
        var count = items.Count;
        var facts = items.Count == 0 ? [] : merger.Merge(items);
        var dated = facts.Where(f => f.Date is not null).ToList();
        var cumulative = key.Kind == SeriesKind.Cumulative;
        var conflicts = ConflictResolver.Resolve(dated, ranking, cumulative);
        var kept = dated.Where(f => !f.SetAside).ToList();
        var (band, estimate) = BandBuilder.Build(kept, ranking, cumulative);
        var views = facts
            .OrderBy(f => f.Date is null)
            .ThenBy(f => f.Date?.Last)
            .ThenBy(f => f.Date?.First)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .Select(View)
            .ToList();
        return new SeriesEstimate(key.Id, key.Origin, key.Destination, key.Measure, key.Population, key.Unit, key.Per,
            key.Baseline?.ToString(), key.Kind, count, views, band, estimate, conflicts, excluded);
    }

    private static FactView View(WorkingFact f)
    {
        var members = f.Members
            .OrderByDescending(m => ReferenceEquals(m, f.Primary))
            .ThenBy(m => m.Evidence.Published)
            .ThenBy(m => m.Evidence.Claim.Doc, StringComparer.Ordinal)
            .ThenBy(m => m.ClaimId, StringComparer.Ordinal)
            .ToList();
        var citations = members.Select(m => new Citation(
            m.ClaimId, m.Evidence.Claim.Doc, m.Evidence.DocumentTitle, m.Evidence.Published,
            m.Evidence.Claim.Text, m.Evidence.Claim.Quote, m.Evidence.Claim.Source, m.Evidence.Review)).ToList();
        return new FactView(f.Id, f.Low, f.High, f.Primary.Value, f.Claim.Qualifier, f.Date?.ToString(), f.Claim.From?.ToString(),
            f.Claim.Source, f.SourceKind, f.Reviewed, f.FoldedRepeat, members.Select(m => m.ClaimId).ToList(), citations,
            f.SetAside, f.SetAsideReason);
    }
}
