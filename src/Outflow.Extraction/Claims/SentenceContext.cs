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
}
