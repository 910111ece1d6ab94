namespace Outflow.Estimation.Report;

/// <summary>How a best estimate was chosen inside the band.</summary>
public enum EstimateRule
{
    /// <summary>The latest exact, approx or range figure dated on or before the date, clamped to the band.</summary>
    LatestPoint,
    /// <summary>No point figure: the geometric midpoint √(lower·upper) of the band (arithmetic when lower ≤ 0).</summary>
    Midpoint,
    /// <summary>Only a lower bound is known: the estimate is that bound ("at least").</summary>
    LowerBound,
    /// <summary>Only an upper bound is known: the estimate is that bound ("at most").</summary>
    UpperBound,
}
