namespace Outflow.Store.Model;

/// <summary>One entry of a claim's append-only review trail.</summary>
/// <param name="Changes">Field name (ANNOTATION.md) to new value as text; null clears the field. Empty unless <see cref="Action"/> is Set.</param>
public sealed record Review(
    long Id, string ClaimId, DateTimeOffset At, string By, ReviewAction Action,
    IReadOnlyDictionary<string, string?> Changes, string? Note);
