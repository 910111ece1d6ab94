using Outflow.Core.Claims;

namespace Outflow.Evaluation;

/// <summary>A predicted claim paired with a gold claim, and the fields on which they disagree.</summary>
public sealed record ClaimPair(Claim Predicted, Claim Gold, double Overlap, IReadOnlyList<string> WrongFields, bool Strict);

/// <summary>The result of scoring predicted claims against gold claims (ANNOTATION.md "Scoring").</summary>
public sealed record EvalReport(
    Metrics Detection,
    Metrics Strict,
    IReadOnlyDictionary<string, double> AttributeAccuracy,
    IReadOnlyList<ClaimPair> Pairs,
    IReadOnlyList<Claim> Missed,
    IReadOnlyList<Claim> Spurious);
