using Outflow.Estimation.Band;
using Outflow.Estimation.Facts;
using Outflow.Estimation.Report;

namespace Outflow.Estimation.Series;

/// <summary>One series from claims to report: facts, conflicts, band, estimate.</summary>
internal sealed class SeriesAnalysis(FactMerger merger, FactRanking ranking)
{
    public SeriesEstimate Build(SeriesKey key, ArraySegment<Item> items, IReadOnlyList<string> excluded)
    {
        var count = items.Count;
        var facts = items.Count == 0 ? [] : merger.Merge(items);
        var dated = facts.Where(f => f.Date is not null).ToList();
        var mode = key.Kind != SeriesKind.Cumulative ? BandMode.SameDate : key.Baseline is null ? BandMode.Envelope : BandMode.Monotone;
        var conflicts = mode == BandMode.Envelope ? [] : ConflictResolver.Resolve(dated, ranking, mode == BandMode.Monotone);
        var kept = dated.Where(f => !f.SetAside).ToList();
        var (band, estimate) = BandBuilder.Build(kept, ranking, mode);
        facts.Sort(static (a, b) =>
        {
            if (a.Date is null || b.Date is null) return a.Date is null ? (b.Date is null ? string.CompareOrdinal(a.Id, b.Id) : 1) : -1;
            var c = a.LowDate.CompareTo(b.LowDate);
            if (c == 0) c = a.HighDate.CompareTo(b.HighDate);
            return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
        });
        var dates = new Dictionary<Core.Dates.PartialDate, string>();
        string? Text(Core.Dates.PartialDate? d) => d is not { } x ? null : dates.TryGetValue(x, out var t) ? t : dates[x] = x.ToString();
        var views = facts.ConvertAll(f => View(f, Text));
        return new SeriesEstimate(key.Id, key.Origin, key.Destination, key.Measure, key.Population, key.Unit, key.Per,
            key.Baseline?.ToString(), key.Kind, count, views, band, estimate, conflicts, excluded);
    }

    private static FactView View(WorkingFact f, Func<Core.Dates.PartialDate?, string?> text)
    {
        var members = f.Members;
        if (members.Length > 1)
        {
            // the primary first, then by publication date and document
            members = (Item[])members.Clone();
            var primary = f.Primary.ClaimId;
            Array.Sort(members, (a, b) =>
            {
                if (a.ClaimId == primary || b.ClaimId == primary) return a.ClaimId == primary ? (b.ClaimId == primary ? 0 : -1) : 1;
                var c = Nullable.Compare(a.Evidence.Published, b.Evidence.Published);
                if (c == 0) c = string.CompareOrdinal(a.Evidence.Claim.Doc, b.Evidence.Claim.Doc);
                return c != 0 ? c : string.CompareOrdinal(a.ClaimId, b.ClaimId);
            });
        }
        var ids = new string[members.Length];
        var citations = new Citation[members.Length];
        for (var i = 0; i < members.Length; i++)
        {
            var (e, id) = (members[i].Evidence, members[i].ClaimId);
            ids[i] = id;
            citations[i] = new Citation(id, e.Claim.Doc, e.DocumentTitle, e.Published, e.Claim.Text, e.Claim.Quote, e.Claim.Source, e.Review);
        }
        return new FactView(f.Id, f.Low, f.High, f.Primary.Value, f.Claim.Qualifier, text(f.Date), text(f.Claim.From),
            f.Claim.Source, f.SourceKind, f.Reviewed, f.FoldedRepeat, ids, citations, f.SetAside, f.SetAsideReason);
    }
}
