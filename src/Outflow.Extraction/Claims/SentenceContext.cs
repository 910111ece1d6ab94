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

/// <summary>What a table's figures count: the measure its header and introduction name, and the originator named there;
/// for a header whose cells name different counts ("| Country | Entries | Holding protection |"), the measure of each
/// column (null where a cell names none).</summary>
public sealed record TableContext(Core.Claims.Measure? Measure, string? Source, IReadOnlyList<Core.Claims.Measure?>? Columns = null)
{
    /// <summary>The measure of the column a figure of a row stands in ("| Poland | 9.6m | 1.2m |"), else the table's.</summary>
    public Core.Claims.Measure? MeasureAt(string row, int position)
    {
        if (Columns is null || row.Length == 0 || row[0] != '|') return Measure;
        int column = row.AsSpan(0, Math.Min(position, row.Length)).Count('|') - 1;
        return column >= 0 && column < Columns.Count && Columns[column] is { } m ? m : Measure;
    }
}
