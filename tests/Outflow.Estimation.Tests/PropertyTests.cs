using FsCheck.Xunit;
using Outflow.Core.Claims;
using Outflow.Estimation.Evidence;
using Outflow.Estimation.Report;

namespace Outflow.Estimation.Tests;

/// <summary>Properties of the band and of conflict resolution over generated claims (FsCheck shrinks failures).</summary>
public sealed class PropertyTests
{
    private static readonly Qualifier[] Qualifiers = Enum.GetValues<Qualifier>();
    private static readonly string?[] Sources = [null, null, "UNHCR", "Reuters", "the border service"];

    /// <summary>Arbitrary claims, conflicting or not, in one series (day-precision dates).</summary>
    private static EvidenceClaim[] Arbitrary(int[] days, int[] values, int[] kinds)
    {
        var n = Math.Min(Math.Min(days.Length, values.Length), Math.Min(kinds.Length, 25));
        return Enumerable.Range(0, n).Select(i =>
        {
            var k = (int)((uint)kinds[i] % 1000);
            var day = new DateOnly(2022, 9, 22).AddDays((int)((uint)days[i] % 40));
            var value = 1_000 + (double)((uint)values[i] % 200) * 1_000;
            return Make.Claim(value, day.ToString("yyyy-MM-dd"), Qualifiers[k % Qualifiers.Length], Sources[k / 7 % Sources.Length],
                review: k % 11 == 0 ? ReviewState.Accepted : ReviewState.Unreviewed);
        }).ToArray();
    }

    /// <summary>Honest claims: every one bounds a true rising curve, so none conflict; five days apart, so none merge.</summary>
    private static EvidenceClaim[] Honest(int[] steps, int[] kinds)
    {
        var n = Math.Min(Math.Min(steps.Length, kinds.Length), 25);
        var truth = 10_000.0;
        var claims = new EvidenceClaim[n];
        for (var i = 0; i < n; i++)
        {
            truth += (uint)steps[i] % 50 * 1_000;
            var k = (int)((uint)kinds[i] % 1000);
            var day = new DateOnly(2022, 9, 22).AddDays(i * 5).ToString("yyyy-MM-dd");
            claims[i] = (k % 5) switch
            {
                0 => Make.Claim(truth, day),
                1 => Make.Claim(Math.Round(truth * 0.8), day, Qualifier.AtLeast),
                2 => Make.Claim(Math.Round(truth * 1.3), day, Qualifier.AtMost),
                3 => Make.Claim(truth, day, Qualifier.Approx),
                _ => Make.Claim(Math.Round(truth * 0.9), day, Qualifier.Range, high: Math.Round(truth * 1.1)),
            };
        }
        return claims;
    }

    private static bool Conflict(FactView a, FactView b)
    {
        if (a.Date is null || b.Date is null) return false;
        var (da, db) = (Make.Date(a.Date).First, Make.Date(b.Date).First);
        return (da <= db && a.Low > b.High) || (db <= da && b.Low > a.High);
    }

    [Property(MaxTest = 300)]
    public bool Band_never_falls_and_never_empties(int[] days, int[] values, int[] kinds)
    {
        var s = Run.Estimate(Arbitrary(days, values, kinds)).Series.SingleOrDefault();
        if (s is null) return true;
        for (var i = 1; i < s.Band.Count; i++)
        {
            var (a, b) = (s.Band[i - 1], s.Band[i]);
            if (a.Lower is { } al && (b.Lower is null || b.Lower < al)) return false;
            if (a.Upper is null && b.Upper is not null) return false;
            if (a.Upper is { } au && b.Upper is { } bu && bu < au) return false;
        }
        return s.Band.All(b => b.Lower is null || b.Upper is null || b.Lower <= b.Upper + 1e-9);
    }

    [Property(MaxTest = 300)]
    public bool Band_contains_every_fact_not_set_aside(int[] days, int[] values, int[] kinds)
    {
        var s = Run.Estimate(Arbitrary(days, values, kinds)).Series.SingleOrDefault();
        if (s is null) return true;
        return s.Facts.Where(f => !f.SetAside).All(f =>
        {
            var p = s.Band.Single(b => b.Date == Make.Date(f.Date!).First);
            return !(p.Lower > f.High) && !(p.Upper < f.Low) && !(p.Estimate < p.Lower) && !(p.Estimate > p.Upper);
        });
    }

    [Property(MaxTest = 300)]
    public bool Kept_facts_are_consistent_and_each_set_aside_fact_conflicts_with_a_kept_one(int[] days, int[] values, int[] kinds)
    {
        var s = Run.Estimate(Arbitrary(days, values, kinds)).Series.SingleOrDefault();
        if (s is null) return true;
        var kept = s.Facts.Where(f => !f.SetAside).ToList();
        var consistent = kept.All(a => kept.All(b => !Conflict(a, b)));
        var minimal = s.Facts.Where(f => f.SetAside).All(f => kept.Any(k => Conflict(k, f)));
        var named = s.Facts.Count(f => f.SetAside) == s.Conflicts.Count;
        return consistent && minimal && named;
    }

    [Property(MaxTest = 200)]
    public bool A_reviewed_fact_is_set_aside_only_by_another_reviewed_one(int[] days, int[] values, int[] kinds)
    {
        var s = Run.Estimate(Arbitrary(days, values, kinds)).Series.SingleOrDefault();
        if (s is null) return true;
        var byId = s.Facts.ToDictionary(f => f.Id);
        return s.Conflicts.All(c => c.SetAside.All(id => !byId[id].Reviewed || c.FactIds.All(x => byId[x].Reviewed)));
    }

    [Property(MaxTest = 200)]
    public bool Honest_claims_never_conflict(int[] steps, int[] kinds) =>
        Run.Estimate(Honest(steps, kinds)).Series.All(s => s.Conflicts.Count == 0);

    [Property(MaxTest = 200)]
    public bool Removing_a_claim_widens_the_band_or_leaves_it(int[] steps, int[] kinds, int which)
    {
        var claims = Honest(steps, kinds);
        if (claims.Length < 2) return true;
        var full = Run.Estimate(claims).Series.Single();
        var drop = (int)((uint)which % claims.Length);
        var less = Run.Estimate(claims.Where((_, i) => i != drop).ToArray()).Series.Single();
        return less.Band.All(p =>
        {
            var q = full.Band.Single(b => b.Date == p.Date);
            return (p.Lower ?? double.NegativeInfinity) <= (q.Lower ?? double.NegativeInfinity)
                && (p.Upper ?? double.PositiveInfinity) >= (q.Upper ?? double.PositiveInfinity);
        });
    }
}
