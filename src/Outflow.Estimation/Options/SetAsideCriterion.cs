namespace Outflow.Estimation.Options;

/// <summary>One step of the stated rule that decides which of two conflicting facts is set aside.</summary>
/// <remarks>Criteria are applied in the order given in <see cref="EstimateOptions.SetAsideRule"/>;
/// the first one that tells the two facts apart decides, and the weaker fact is set aside.</remarks>
public enum SetAsideCriterion
{
    /// <summary>A fact with an accepted or corrected claim outranks an unreviewed one.</summary>
    Review,
    /// <summary>Attributed to an official body &gt; attributed to another named source &gt; unattributed.</summary>
    SourceType,
    /// <summary>exact &gt; range &gt; approx &gt; one-sided bound (at_least, at_most, nearly) &gt; order of magnitude.</summary>
    Precision,
    /// <summary>The more recently published report outranks the older one.</summary>
    Recency,
    /// <summary>The fact cited by more documents outranks the one cited by fewer.</summary>
    Citations,
}
