using Outflow.Core.Claims;
using Outflow.Estimation.Options;

namespace Outflow.Estimation.Facts;

/// <summary>The bounds a figure puts on the count, after the stated tolerances.</summary>
/// <remarks>
/// exact: [v, v]; approx: [v(1 − t), v(1 + t)] with t = <see cref="EstimateOptions.ApproxTolerance"/>;
/// range and order: as given; at_least: [low, ∞); at_most: (−∞, high]; nearly: (−∞, high], or
/// [high(1 − t), high] when <see cref="EstimateOptions.NearlyTolerance"/> is set. Null = unbounded.
/// </remarks>
internal static class Bounds
{
    public static (double? Low, double? High) Of(Claim c, EstimateOptions o) => c.Qualifier switch
    {
        Qualifier.Approx => (Scale(c.Low ?? c.High, 1 - o.ApproxTolerance), Scale(c.High ?? c.Low, 1 + o.ApproxTolerance)),
        Qualifier.AtLeast => (c.Low ?? c.High, null),
        Qualifier.AtMost => (null, c.High ?? c.Low),
        Qualifier.Nearly => (o.NearlyTolerance is { } t ? Scale(c.High ?? c.Low, 1 - t) : null, c.High ?? c.Low),
        _ => (c.Low, c.High),
    };

    /// <summary>The figure a claim states: its point value, or the bound it gives.</summary>
    public static double? Value(Claim c) => c.Qualifier switch
    {
        Qualifier.Range or Qualifier.Order when c.Low is { } l && c.High is { } h => l > 0 ? Math.Sqrt(l * h) : (l + h) / 2,
        _ => c.Low ?? c.High,
    };

    /// <summary>True when the figure is a single value (exact, approx or range): usable as a best estimate.</summary>
    public static bool IsPoint(Qualifier q) => q is Qualifier.Exact or Qualifier.Approx or Qualifier.Range;

    /// <summary>Precision rank: 0 exact, 1 range, 2 approx, 3 one-sided bound, 4 order of magnitude (lower is stronger).</summary>
    public static int Precision(Qualifier q) => q switch
    {
        Qualifier.Exact => 0,
        Qualifier.Range => 1,
        Qualifier.Approx => 2,
        Qualifier.Order => 4,
        _ => 3,
    };

    private static double? Scale(double? v, double f) => v is { } x ? x * f : null;
}
