using Outflow.Core.Claims;
using Outflow.Estimation.Options;

namespace Outflow.Estimation.Report;

/// <summary>One fact: a figure from one originating source with every document that reports it.</summary>
/// <param name="Id">The smallest claim id among its citations (stable across runs).</param>
/// <param name="Low">Lower bound after tolerances; null = none.</param>
/// <param name="High">Upper bound after tolerances; null = none.</param>
/// <param name="Value">The figure as stated (geometric middle of a range or order).</param>
/// <param name="Date">The claim <c>to</c> date (YYYY, YYYY-MM or YYYY-MM-DD); null = undated, kept out of the band.</param>
/// <param name="From">The claim's own <c>from</c> (before baseline normalisation).</param>
/// <param name="FoldedRepeat">True when unattributed reports were folded in as likely repeats of this attributed figure.</param>
/// <param name="SetAside">True when a conflict set this fact aside; <paramref name="SetAsideReason"/> says why.</param>
public sealed record FactView(
    string Id,
    double? Low,
    double? High,
    double? Value,
    Qualifier Qualifier,
    string? Date,
    string? From,
    string? Source,
    SourceKind SourceKind,
    bool Reviewed,
    bool FoldedRepeat,
    IReadOnlyList<string> ClaimIds,
    IReadOnlyList<Citation> Citations,
    bool SetAside,
    string? SetAsideReason);
