using Outflow.Estimation.Facts;
using Outflow.Estimation.Report;

namespace Outflow.Estimation.Band;

/// <summary>
/// Finds facts that cannot all be true and sets the weakest aside, strongest fact first: a fact is kept unless
/// it conflicts with a fact already kept, so every set-aside fact conflicts with a stronger kept one (the set is
/// minimal: no set-aside fact could be put back alone) and a reviewed fact is only set aside by another reviewed one.
/// </summary>
/// <remarks>
/// Cumulative series: facts i and j conflict when i is surely dated before j (end of i's date ≤ start of j's) and
/// low_i &gt; high_j — a count since a baseline never falls. Other series: facts with the same date conflict when
/// their ranges do not meet. A fact whose own low exceeds its high is set aside alone. Undated facts take no part.
/// </remarks>
internal static class ConflictResolver
{
    public static List<Conflict> Resolve(List<WorkingFact> dated, FactRanking ranking, bool cumulative)
    {
        var conflicts = new List<Conflict>();
        for (var i = 0; i < dated.Count; i++) dated[i].Index = i;
        var order = dated.ToArray();
        Array.Sort(order, ranking);
        var check = cumulative ? Monotone(dated) : SameDate();
        foreach (var f in order)
        {
            if (f.Low is { } l0 && f.High is { } h0 && l0 > h0)
            {
                f.SetAside = true;
                f.SetAsideReason = $"its low {Names.Number(l0)} is above its high {Names.Number(h0)}";
                conflicts.Add(Describe.Conflict([f], [f], f.SetAsideReason));
                continue;
            }
            var witness = check(f, false);
            if (witness is null) { check(f, true); continue; }
            f.SetAside = true;
            var (first, second) = witness.HighDate <= f.HighDate ? (witness, f) : (f, witness);
            var rule = ranking.Why(witness, f);
            f.SetAsideReason = $"conflicts with {witness.Id}; {rule}";
            var why = cumulative
                ? $"{Describe.Fact(first)} and {Describe.Fact(second)} cannot both hold: a count since the baseline never falls. Set aside {f.Id}: {rule}"
                : $"{Describe.Fact(first)} and {Describe.Fact(second)} disagree for the same date. Set aside {f.Id}: {rule}";
            conflicts.Add(Describe.Conflict([first, second], [f], why));
        }
        return conflicts;
    }

    /// <summary>Checks a fact against the kept ones (insert = false) or keeps it (insert = true).</summary>
    private static Func<WorkingFact, bool, WorkingFact?> Monotone(List<WorkingFact> dated)
    {
        var slots = new DateSlots(dated.SelectMany(f => new[] { f.LowDate, f.HighDate }));
        var lows = new PrefixBest(slots.Count);   // largest low among kept facts ending on or before a slot
        var highs = new PrefixBest(slots.Count);  // smallest high (negated, mirrored slots) among kept facts starting on or after
        int Mirror(DateOnly d) => slots.Count - 1 - slots.Of(d);
        return (f, insert) =>
        {
            if (insert)
            {
                if (f.Low is { } l) lows.Insert(slots.Of(f.LowDate), l, f.Index);
                if (f.High is { } h) highs.Insert(Mirror(f.HighDate), -h, f.Index);
                return null;
            }
            if (f.High is { } high)
            {
                var (key, owner) = lows.Query(slots.Of(f.HighDate));
                if (owner >= 0 && key > high) return dated[owner];
            }
            if (f.Low is { } low)
            {
                var (key, owner) = highs.Query(Mirror(f.LowDate));
                if (owner >= 0 && -key < low) return dated[owner];
            }
            return null;
        };
    }

    private static Func<WorkingFact, bool, WorkingFact?> SameDate()
    {
        var lows = new Dictionary<Core.Dates.PartialDate, WorkingFact>();
        var highs = new Dictionary<Core.Dates.PartialDate, WorkingFact>();
        return (f, insert) =>
        {
            var d = f.Date!.Value;
            if (insert)
            {
                if (f.Low is { } l && (!lows.TryGetValue(d, out var a) || l > a.Low)) lows[d] = f;
                if (f.High is { } h && (!highs.TryGetValue(d, out var b) || h < b.High)) highs[d] = f;
                return null;
            }
            if (f.High is { } high && lows.TryGetValue(d, out var lo) && lo.Low > high) return lo;
            if (f.Low is { } low && highs.TryGetValue(d, out var hi) && hi.High < low) return hi;
            return null;
        };
    }
}
