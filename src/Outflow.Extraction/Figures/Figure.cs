using Outflow.Core.Claims;

namespace Outflow.Extraction.Figures;

/// <summary>
/// A number found in a sentence, resolved: bounds, qualifier, unit and rate. Offsets are relative to the sentence.
/// </summary>
/// <param name="Start">Start of <see cref="Text"/> (the first qualifier word, if any).</param>
/// <param name="NumberStart">Start of the number itself.</param>
/// <param name="End">End of the figure (scale words and, for queue units, the unit included).</param>
/// <param name="Value">The number read as written (for a range, its upper end), before unit conversion.</param>
/// <param name="IsWords">True when written in words ("two", "tens of thousands"): small word numbers need more context.</param>
public sealed record Figure(
    int Start,
    int NumberStart,
    int End,
    string Text,
    double? Low,
    double? High,
    double Value,
    Qualifier Qualifier,
    CountUnit? Unit,
    Rate? Per,
    bool IsWords,
    bool HasScale,
    bool IsYearLike);
