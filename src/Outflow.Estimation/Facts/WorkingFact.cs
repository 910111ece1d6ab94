using Outflow.Core.Claims;
using Outflow.Core.Dates;
using Outflow.Estimation.Options;

namespace Outflow.Estimation.Facts;

/// <summary>A fact while an estimate is being built: the claims that report it and what it says.</summary>
internal sealed class WorkingFact
{
    public WorkingFact(Item[] members, SourceKind kind, Options.EstimateOptions options)
    {
        Members = members;
        SourceKind = kind;
        Primary = members[0];
        Refresh(options);
    }

    public Item[] Members { get; set; }
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
    public DateOnly LowDate { get; private set; }
    /// <summary>The day up to which the high bound surely holds (start of the dated interval).</summary>
    public DateOnly HighDate { get; private set; }
    /// <summary>Precision rank of the primary's qualifier (<see cref="Bounds.Precision"/>).</summary>
    public int Precision { get; private set; }
    /// <summary>When the fact was last reported: latest publication, else the end of its date.</summary>
    public DateOnly? Recency { get; private set; }

    /// <summary>Recomputes what follows from the members: primary (reviewed, precise, narrowly dated, recent first), bounds, id.</summary>
    public void Refresh(Options.EstimateOptions options, bool keepPrimary = false)
    {
        if (!keepPrimary)
        {
            var best = Members[0];
            for (var i = 1; i < Members.Length; i++) if (Better(Members[i], best)) best = Members[i];
            Primary = best;
        }
        (Low, High) = Bounds.Of(Claim, options);
        Precision = Bounds.Precision(Claim.Qualifier);
        (HighDate, LowDate) = (Primary.First ?? default, Primary.Last ?? default);
        var first = Members[0];
        Reviewed = first.Evidence.IsReviewed;
        Published = first.Evidence.Published;
        var id = first.ClaimId;
        var citations = 1;
        for (var i = 1; i < Members.Length; i++)
        {
            var m = Members[i];
            Reviewed |= m.Evidence.IsReviewed;
            if (Nullable.Compare(m.Evidence.Published, Published) > 0) Published = m.Evidence.Published;
            if (string.CompareOrdinal(m.ClaimId, id) < 0) id = m.ClaimId;
            if (!Members.Take(i).Any(x => x.Evidence.Claim.Doc == m.Evidence.Claim.Doc)) citations++;
        }
        Citations = citations;
        Recency = Published ?? Primary.Last;
        Id = id;
    }

    /// <summary>Reviewed, then more precise, then more narrowly dated, then more recently published, then by id.</summary>
    private static bool Better(Item a, Item b)
    {
        if (a.Evidence.IsReviewed != b.Evidence.IsReviewed) return a.Evidence.IsReviewed;
        int pa = Bounds.Precision(a.Evidence.Claim.Qualifier), pb = Bounds.Precision(b.Evidence.Claim.Qualifier);
        if (pa != pb) return pa < pb;
        if (a.DateSpan != b.DateSpan) return a.DateSpan < b.DateSpan;
        var c = Nullable.Compare(a.Evidence.Published, b.Evidence.Published);
        if (c != 0) return c > 0;
        return string.CompareOrdinal(a.ClaimId, b.ClaimId) < 0;
    }
}
