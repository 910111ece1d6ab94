using Outflow.Estimation.Evidence;

namespace Outflow.Estimation.Facts;

/// <summary>A claim with what the estimator derives from it once: its id, normalised source and stated value.</summary>
internal readonly record struct Item(EvidenceClaim Evidence, string ClaimId, string? Source, double? Value)
{
    public DateOnly? First => Evidence.Claim.To?.First;
    public DateOnly? Last => Evidence.Claim.To?.Last;
    public int DateSpan => Evidence.Claim.To is { } d ? d.Last.DayNumber - d.First.DayNumber : int.MaxValue;
}
