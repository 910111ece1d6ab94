using Outflow.Core.Dates;

namespace Outflow.Core.Claims;

/// <summary>
/// One figure in a document that counts people crossing a border, with who, where, when and on whose word.
/// Field names and meanings follow shared/corpus/ANNOTATION.md.
/// </summary>
/// <remarks>
/// <see cref="Low"/> == null means the figure has no stated lower bound ("up to 700,000");
/// <see cref="High"/> == null means no stated upper bound ("more than 370,000").
/// <see cref="Start"/>/<see cref="End"/> are character offsets of <see cref="Text"/> in the document's clean text.
/// </remarks>
public sealed record Claim
{
    public required string Doc { get; init; }
    public required string Text { get; init; }
    public required string Quote { get; init; }
    public required Measure Measure { get; init; }
    public CountUnit Unit { get; init; } = CountUnit.People;
    public Rate? Per { get; init; }
    public double? Low { get; init; }
    public double? High { get; init; }
    public Qualifier Qualifier { get; init; } = Qualifier.Exact;
    public string? Origin { get; init; }
    public string? Destination { get; init; }
    public string? Place { get; init; }
    public Population Population { get; init; } = Population.General;
    public PartialDate? From { get; init; }
    public PartialDate? To { get; init; }
    public string? Source { get; init; }
    public int Start { get; init; }
    public int End { get; init; }
    public double Confidence { get; init; } = 1.0;

    /// <summary>A stable identifier: document, span and figure, so re-extraction finds the same claim.</summary>
    public string Id => ClaimId.For(Doc, Start, End);
}
