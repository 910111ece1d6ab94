namespace Outflow.Store.Model;

/// <summary>A review to record; the store stamps its time and id.</summary>
public sealed record ReviewRequest(string ClaimId, ReviewAction Action, IReadOnlyDictionary<string, string?> Changes, string? Note, string By);
