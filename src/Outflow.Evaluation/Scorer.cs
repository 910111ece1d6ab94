using System.Text.RegularExpressions;
using Outflow.Core.Claims;
using Outflow.Core.Dates;

namespace Outflow.Evaluation;

/// <summary>
/// Scores predicted claims against gold claims by the rules of ANNOTATION.md: pairing by document,
/// figure and quote overlap (greedy, best overlap first), then detection and strict P/R/F1 and
/// per-attribute accuracy over the pairs.
/// </summary>
public static partial class Scorer
{
    /// <summary>The attributes compared over pairs, in report order.</summary>
    public static readonly string[] Attributes =
        ["measure", "origin", "destination", "unit", "per", "low", "high", "qualifier", "place", "population", "from", "to", "source"];

    private static readonly string[] StrictFields = ["measure", "destination", "origin", "unit", "per", "low", "high"];

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    public static EvalReport Score(IReadOnlyList<Claim> predicted, IReadOnlyList<Claim> gold)
    {
        var candidates = new List<(int P, int G, double Overlap)>();
        var goldByDoc = gold.Select((g, i) => (g, i)).GroupBy(x => x.g.Doc).ToDictionary(x => x.Key, x => x.ToList());
        var words = new Dictionary<string, HashSet<string>>();
        HashSet<string> W(string q) => words.TryGetValue(q, out var w) ? w : words[q] = Word().Matches(q.ToLowerInvariant()).Select(m => m.Value).ToHashSet();

        for (int p = 0; p < predicted.Count; p++)
        {
            var pc = predicted[p];
            if (!goldByDoc.TryGetValue(pc.Doc, out var gs)) continue;
            foreach (var (gc, g) in gs)
            {
                if (!FiguresAgree(pc, gc)) continue;
                double j = Jaccard(W(pc.Quote), W(gc.Quote));
                bool contains = Contains(pc.Quote, gc.Text) || Contains(gc.Quote, pc.Text);
                if (j >= 0.3 || contains) candidates.Add((p, g, Math.Max(j, contains ? 0.3 : 0)));
            }
        }
        candidates.Sort((a, b) => b.Overlap.CompareTo(a.Overlap));
        var usedP = new HashSet<int>();
        var usedG = new HashSet<int>();
        var pairs = new List<ClaimPair>();
        foreach (var (p, g, o) in candidates)
        {
            if (usedP.Contains(p) || usedG.Contains(g)) continue;
            usedP.Add(p); usedG.Add(g);
            var wrong = Attributes.Where(a => !Agree(a, predicted[p], gold[g])).ToList();
            pairs.Add(new ClaimPair(predicted[p], gold[g], o, wrong, !wrong.Intersect(StrictFields).Any()));
        }
        var accuracy = Attributes.ToDictionary(a => a, a => pairs.Count == 0 ? 0 : pairs.Count(x => !x.WrongFields.Contains(a)) / (double)pairs.Count);
        return new EvalReport(
            new Metrics(pairs.Count, predicted.Count, gold.Count),
            new Metrics(pairs.Count(x => x.Strict), predicted.Count, gold.Count),
            accuracy,
            pairs,
            gold.Where((_, i) => !usedG.Contains(i)).ToList(),
            predicted.Where((_, i) => !usedP.Contains(i)).ToList());
    }

    private static bool Contains(string quote, string text) =>
        text.Length > 0 && quote.Contains(text, StringComparison.OrdinalIgnoreCase);

    private static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 && b.Count == 0) return 1;
        int inter = a.Count(b.Contains);
        return inter / (double)(a.Count + b.Count - inter);
    }

    public static bool FiguresAgree(Claim p, Claim g)
    {
        var pv = p.Low ?? p.High;
        var gv = g.Low ?? g.High;
        if (pv is not null && gv is not null && Close(pv, gv)) return true;
        return string.Equals(p.Text.Trim(), g.Text.Trim(), StringComparison.OrdinalIgnoreCase);
    }

    private static bool Close(double? a, double? b)
    {
        if (a is null || b is null) return a is null && b is null;
        if (a == b) return true;
        return Math.Abs(a.Value - b.Value) <= 0.005 * Math.Max(Math.Abs(a.Value), Math.Abs(b.Value));
    }

    public static bool Agree(string field, Claim p, Claim g) => field switch
    {
        "measure" => p.Measure == g.Measure,
        "origin" => Eq(p.Origin, g.Origin),
        "destination" => Eq(p.Destination, g.Destination),
        "unit" => p.Unit == g.Unit,
        "per" => p.Per == g.Per,
        "low" => Close(p.Low, g.Low),
        "high" => Close(p.High, g.High),
        "qualifier" => p.Qualifier == g.Qualifier,
        "place" => Eq(p.Place, g.Place),
        "population" => p.Population == g.Population,
        "from" => DatesAgree(p.From, g.From),
        "to" => DatesAgree(p.To, g.To),
        "source" => SourcesAgree(p.Source, g.Source),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "unknown attribute"),
    };

    private static bool Eq(string? a, string? b) => string.Equals(a?.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>Two dates agree when their periods overlap within 7 days (a partial date covers its month or year).</summary>
    public static bool DatesAgree(PartialDate? a, PartialDate? b)
    {
        if (a is null || b is null) return a is null && b is null;
        return a.Value.First.AddDays(-7) <= b.Value.Last && b.Value.First.AddDays(-7) <= a.Value.Last;
    }

    /// <summary>Sources agree when half the words of the shorter name are shared, or both are null.</summary>
    public static bool SourcesAgree(string? a, string? b)
    {
        if (string.IsNullOrWhiteSpace(a) || string.IsNullOrWhiteSpace(b)) return string.IsNullOrWhiteSpace(a) && string.IsNullOrWhiteSpace(b);
        var wa = Word().Matches(a.ToLowerInvariant()).Select(m => m.Value).ToHashSet();
        var wb = Word().Matches(b.ToLowerInvariant()).Select(m => m.Value).ToHashSet();
        var shorter = wa.Count <= wb.Count ? wa : wb;
        var longer = ReferenceEquals(shorter, wa) ? wb : wa;
        return shorter.Count > 0 && shorter.Count(longer.Contains) * 2 >= shorter.Count;
    }
}
