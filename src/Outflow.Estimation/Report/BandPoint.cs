namespace Outflow.Estimation.Report;

/// <summary>The band at one date: what the facts allow, the best estimate, and which facts set each bound.</summary>
/// <remarks>Null <see cref="Lower"/>/<see cref="Upper"/> means no fact bounds that side yet.</remarks>
public sealed record BandPoint(DateOnly Date, double? Lower, double? Upper, double? Estimate, string? LowerFact, string? UpperFact);
