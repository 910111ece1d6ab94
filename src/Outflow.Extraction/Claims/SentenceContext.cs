using Outflow.Extraction.Dates;
using Outflow.Extraction.Figures;
using Outflow.Extraction.Knowledge;
using Outflow.Extraction.Text;

namespace Outflow.Extraction.Claims;

/// <summary>Everything found in one sentence, handed to the claim builder.</summary>
public sealed record SentenceContext(
    Sentence Sentence,
    bool IsHeading,
    IReadOnlyList<Figure> Figures,
    IReadOnlyList<DateMention> Dates,
    IReadOnlyList<PlaceHit> Places)
{
    /// <summary>The event anchors named in the sentence, when the pipeline has looked them up already.</summary>
    public SentenceAnchors? Anchors { get; init; }

    /// <summary>For a row of a table ("| Colombia | 2.86 million |"): what the table counts, read from its header
    /// row and the sentence that introduces it; null for prose.</summary>
    public TableContext? Table { get; init; }
}

/// <summary>What a table's figures count: the measure its header and introduction name, and the originator named there.</summary>
public sealed record TableContext(Core.Claims.Measure? Measure, string? Source);
