using Outflow.Estimation.Evidence;

namespace Outflow.Estimation.Facts;

/// <summary>A claim with what the estimator derives from it once: its id, normalised source, stated value and date span.</summary>
internal readonly record struct Item
{
    public Item(EvidenceClaim evidence, string claimId, string? source, double? value)
    {
        Evidence = evidence;
        ClaimId = claimId;
        Source = source;
        Value = value;
        if (evidence.Claim.To is { } to) (First, Last) = (to.First, to.Last);
    }

    public EvidenceClaim Evidence { get; }
    public string ClaimId { get; }
    public string? Source { get; }
    public double? Value { get; }
    public DateOnly? First { get; }
    public DateOnly? Last { get; }
    public int DateSpan => First is { } f ? Last!.Value.DayNumber - f.DayNumber : int.MaxValue;
}
