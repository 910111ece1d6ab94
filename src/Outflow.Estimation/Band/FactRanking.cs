using Outflow.Estimation.Facts;
using Outflow.Estimation.Options;

namespace Outflow.Estimation.Band;

/// <summary>Orders facts by the stated set-aside rule: the first criterion that tells two facts apart decides.</summary>
internal sealed class FactRanking(IReadOnlyList<SetAsideCriterion> rule) : IComparer<WorkingFact>
{
    private readonly SetAsideCriterion[] _rule = [.. rule];

    /// <summary>Negative when <paramref name="a"/> is stronger (sorts first), so a sort puts the strongest first.</summary>
    public int Compare(WorkingFact? a, WorkingFact? b)
    {
        if (ReferenceEquals(a, b)) return 0;
        if (a is null) return 1;
        if (b is null) return -1;
        var c = -Stronger(a, b, out _);
        return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
    }

    /// <summary>Positive when <paramref name="a"/> outranks <paramref name="b"/>; names the deciding criterion.</summary>
    public int Stronger(WorkingFact a, WorkingFact b, out SetAsideCriterion? decidedBy)
    {
        foreach (var criterion in _rule)
        {
            var c = criterion switch
            {
                SetAsideCriterion.Review => a.Reviewed.CompareTo(b.Reviewed),
                SetAsideCriterion.SourceType => -((int)a.SourceKind).CompareTo((int)b.SourceKind),
                SetAsideCriterion.Precision => -a.Precision.CompareTo(b.Precision),
                SetAsideCriterion.Recency => Nullable.Compare(a.Recency, b.Recency),
                SetAsideCriterion.Citations => a.Citations.CompareTo(b.Citations),
                _ => 0,
            };
            if (c != 0) { decidedBy = criterion; return c; }
        }
        decidedBy = null;
        return 0;
    }

    /// <summary>Why <paramref name="kept"/> outranks <paramref name="aside"/>, in words.</summary>
    public string Why(WorkingFact kept, WorkingFact aside)
    {
        Stronger(kept, aside, out var by);
        return by switch
        {
            SetAsideCriterion.Review => "a reviewed claim outranks an unreviewed one",
            SetAsideCriterion.SourceType => $"{Describe(kept.SourceKind)} outranks {Describe(aside.SourceKind)}",
            SetAsideCriterion.Precision => $"precision: {Names.Qualifier(kept.Claim.Qualifier)} outranks {Names.Qualifier(aside.Claim.Qualifier)}",
            SetAsideCriterion.Recency => "the more recent report outranks the older one",
            SetAsideCriterion.Citations => $"a fact cited by {kept.Citations} documents outranks one cited by {aside.Citations}",
            _ => "equal by every criterion; the first by id is kept",
        };
    }

    private static string Describe(SourceKind k) => k switch
    {
        SourceKind.Official => "an official source",
        SourceKind.Attributed => "an attributed source",
        _ => "an unattributed figure",
    };
}
