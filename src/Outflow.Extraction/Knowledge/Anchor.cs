using Outflow.Core.Dates;

namespace Outflow.Extraction.Knowledge;

/// <summary>A named event periods are counted from ("since the mobilization"), valid for some origins.</summary>
public sealed record Anchor(PartialDate Date, IReadOnlySet<string> Origins, string Name, PhraseMatcher Pattern);
