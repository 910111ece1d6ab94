namespace Outflow.Estimation.Report;

/// <summary>A minimal set of facts that cannot all be true (for a cumulative series, a pair: an earlier lower bound
/// above a later upper bound), with the fact set aside and the reason from the stated rule.</summary>
public sealed record Conflict(
    IReadOnlyList<string> FactIds,
    IReadOnlyList<string> ClaimIds,
    IReadOnlyList<string> SetAside,
    string Reason,
    IReadOnlyList<string> Quotes);
