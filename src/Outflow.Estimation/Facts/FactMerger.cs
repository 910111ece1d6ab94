using Outflow.Estimation.Options;

namespace Outflow.Estimation.Facts;

/// <summary>
/// Turns the claims of one series into facts: one figure from one originating source, however many documents
/// repeat it, is one fact with all its citations (not several votes).
/// </summary>
/// <remarks>
/// Two claims are the same fact when their sources normalise to the same name (or both are unattributed), their
/// figures agree within <see cref="EstimateOptions.SameValueTolerance"/> and their dates overlap or lie within
/// <see cref="EstimateOptions.SameFactDays"/> days (undated claims merge only with undated ones). An unattributed
/// fact that agrees in value and date with an attributed one is then folded into it as a likely repeat and flagged.
/// </remarks>
internal sealed class FactMerger(EstimateOptions options, SourceNames sources)
{
    public List<WorkingFact> Merge(Span<Item> span)
    {
        span.Sort(static (a, b) =>
        {
            var c = string.CompareOrdinal(a.Source, b.Source);
            if (c != 0) return c;
            c = Nullable.Compare(a.Value, b.Value);
            return c != 0 ? c : Nullable.Compare(a.First, b.First);
        });
        var facts = new List<WorkingFact>();
        var start = 0;
        DateOnly? groupFirst = null, groupLast = null;
        for (var i = 0; i < span.Length; i++)
        {
            if (i > start && !Joins(span[start], groupFirst, groupLast, span[i]))
            {
                facts.Add(new WorkingFact(span[start..i].ToArray(), sources.Classify(span[start].Source), options));
                start = i;
                groupFirst = groupLast = null;
            }
            if (span[i].First is { } f && (groupFirst is null || f < groupFirst)) groupFirst = f;
            if (span[i].Last is { } l && (groupLast is null || l > groupLast)) groupLast = l;
        }
        if (span.Length > start) facts.Add(new WorkingFact(span[start..].ToArray(), sources.Classify(span[start].Source), options));
        return FoldRepeats(facts);
    }

    private bool Joins(Item head, DateOnly? groupFirst, DateOnly? groupLast, Item next)
    {
        if (!string.Equals(head.Source, next.Source, StringComparison.Ordinal)) return false;
        if (!SameValue(head.Value, next.Value)) return false;
        if (groupLast is null || groupFirst is null || next.First is null || next.Last is null)
            return groupLast is null && next.First is null;
        // items are sorted by value before date, so the next one may be dated before the group as well as after it
        return next.First.Value.DayNumber - groupLast.Value.DayNumber <= options.SameFactDays
            && groupFirst.Value.DayNumber - next.Last.Value.DayNumber <= options.SameFactDays;
    }

    private bool SameValue(double? a, double? b) =>
        a is null || b is null ? a is null && b is null : Math.Abs(a.Value - b.Value) <= options.SameValueTolerance * Math.Max(Math.Abs(a.Value), Math.Abs(b.Value));

    private static bool DatesAgree(WorkingFact a, WorkingFact b, int days)
    {
        if (a.Date is null || b.Date is null) return a.Date is null && b.Date is null;
        return a.HighDate.DayNumber - b.LowDate.DayNumber <= days && b.HighDate.DayNumber - a.LowDate.DayNumber <= days;
    }

    /// <summary>Folds each unattributed fact into the strongest attributed fact with the same value and date.</summary>
    private List<WorkingFact> FoldRepeats(List<WorkingFact> facts)
    {
        var attributed = facts.Where(f => f.Source is not null && f.Primary.Value is not null)
            .OrderBy(f => f.Primary.Value).ToList();
        if (attributed.Count == 0) return facts;
        var values = attributed.Select(f => f.Primary.Value!.Value).ToArray();
        var result = new List<WorkingFact>(facts.Count);
        foreach (var f in facts)
        {
            if (f.Source is not null || f.Primary.Value is not { } v) { result.Add(f); continue; }
            var lo = Array.BinarySearch(values, v * (1 - options.SameValueTolerance));
            if (lo < 0) lo = ~lo;
            WorkingFact? target = null;
            for (var i = lo; i < values.Length && values[i] <= v * (1 + options.SameValueTolerance); i++)
            {
                var cand = attributed[i];
                if (!DatesAgree(f, cand, options.SameFactDays)) continue;
                if (target is null || cand.SourceKind < target.SourceKind || (cand.SourceKind == target.SourceKind && cand.Citations > target.Citations)) target = cand;
            }
            if (target is null) { result.Add(f); continue; }
            target.Members = [.. target.Members, .. f.Members];
            target.FoldedRepeat = true;
            target.Refresh(options, keepPrimary: true);
        }
        return result;
    }
}
