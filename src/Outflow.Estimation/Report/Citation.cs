using Outflow.Estimation.Evidence;

namespace Outflow.Estimation.Report;

/// <summary>One document's report of a fact: where it is and the words it used.</summary>
public sealed record Citation(
    string ClaimId,
    string Doc,
    string? Title,
    DateOnly? Published,
    string Text,
    string Quote,
    string? Source,
    ReviewState Review);
