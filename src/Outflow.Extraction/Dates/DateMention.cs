using Outflow.Core.Dates;

namespace Outflow.Extraction.Dates;

/// <summary>How a date relates to a figure, from the word before it.</summary>
public enum DateRole
{
    /// <summary>"on 24 September", "on Tuesday", "yesterday": a single day.</summary>
    Point,
    /// <summary>"since Wednesday", "since February 2022": the start of the period.</summary>
    Since,
    /// <summary>"by October 2", "as of noon", "before 27 September": the end of the period.</summary>
    By,
    /// <summary>"in 2022", "last week", "in October": a whole period.</summary>
    Period,
}

/// <summary>A date expression in a sentence, resolved against the reference date; offsets relative to the sentence.</summary>
public sealed record DateMention(int Start, int End, PartialDate From, PartialDate To, DateRole Role, bool Relative);
