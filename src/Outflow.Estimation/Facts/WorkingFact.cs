using Outflow.Core.Claims;
using Outflow.Core.Dates;
using Outflow.Estimation.Options;

namespace Outflow.Estimation.Facts;

/// <summary>A fact while an estimate is being built: the claims that report it and what it says.</summary>
internal sealed class WorkingFact
{
    public WorkingFact(List<Item> members, SourceKind kind, Options.EstimateOptions options)
    {
        Members = members;
        SourceKind = kind;
        Primary = members[0];
        Refresh(options);
    }

    public List<Item> Members { get; }
    public SourceKind SourceKind { get; }
    /// <summary>The member whose figure and date the fact carries (the strongest one).</summary>
    public Item Primary { get; private set; }
    public string Id { get; private set; } = "";
    public double? Low { get; private set; }
    public double? High { get; private set; }
    public bool Reviewed { get; private set; }
    public DateOnly? Published { get; private set; }
    public int Citations { get; private set; }
    public bool FoldedRepeat { get; set; }
    public bool SetAside { get; set; }
    public string? SetAsideReason { get; set; }
    /// <summary>Index in the series' fact list (for the resolvers' arrays).</summary>
    public int Index { get; set; }

    public Claim Claim => Primary.Evidence.Claim;
    public PartialDate? Date => Claim.To;
    public string? Source => Primary.Source;
    /// <summary>The day from which the low bound surely holds (end of the dated interval).</summary>
    public DateOnly LowDate => Claim.To!.Value.Last;
    /// <summary>The day up to which the high bound surely holds (start of the dated interval).</summary>
    public DateOnly HighDate => Claim.To!.Value.First;

    /// <summary>Recomputes what follows from the members: primary (reviewed, precise, narrowly dated, recent first), bounds, id.</summary>
    public void Refresh(Options.EstimateOptions options, bool keepPrimary = false)
    {
        if (!keepPrimary)
        {
            Primary = Members
                .OrderByDescending(m => m.Evidence.IsReviewed)
                .ThenBy(m => Bounds.Precision(m.Evidence.Claim.Qualifier))
                .ThenBy(m => m.DateSpan)
                .ThenByDescending(m => m.Evidence.Published)
                .ThenBy(m => m.ClaimId, StringComparer.Ordinal)
                .First();
        }
        (Low, High) = Bounds.Of(Claim, options);
        Reviewed = Members.Any(m => m.Evidence.IsReviewed);
        Published = Members.Max(m => m.Evidence.Published);
        var docs = new HashSet<string>(StringComparer.Ordinal);
        var id = Members[0].ClaimId;
        foreach (var m in Members)
        {
            docs.Add(m.Evidence.Claim.Doc);
            if (string.CompareOrdinal(m.ClaimId, id) < 0) id = m.ClaimId;
        }
        Citations = docs.Count;
        Id = "f-" + id;
    }
}
