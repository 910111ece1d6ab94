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
    /// <summary>A returns column counts the row country's own nationals coming home ("Returnees (nationals of the
    /// destination country)"), not people going back from the row country.</summary>
    public bool ReturnsAreRowNationals { get; init; }

    /// <summary>The header's first cell says the rows are people's countries ("| Nationality | August 2023 |"): a row's
    /// country is the origin, not where they went.</summary>
    public bool RowsAreOrigins { get; init; }

    /// <summary>The one country the header row names, not the people's own ("| Date | Entered Armenia that day |"): where
    /// rows that name no country of their own went.</summary>
    public string? Destination { get; init; }

    /// <summary>The one destination every row above has counted ("| Bunagana | 15 880 |", "| Busanza | 5 140 |"): where
    /// a "| Total | 24 610 |" row went; null when none, or when the rows went to different countries.</summary>
    public string? RowDestination { get; init; }

    /// <summary>The rows above went to different countries.</summary>
    public bool RowsMixed { get; init; }

    /// <summary>The header's dates by column ("| Country | Residents (May 2023) | Asylum claims (end of 2022) |"), when
    /// its cells date their columns differently; null otherwise.</summary>
    public IReadOnlyList<IReadOnlyList<DateMention>>? ColumnDates { get; init; }

    /// <summary>The dates of the column a figure of a row stands in, if the header dates that column.</summary>
    public IReadOnlyList<DateMention>? DatesAt(string row, int position)
    {
        if (ColumnDates is null || row.Length == 0 || row[0] != '|') return null;
        int column = ColumnOf(row, position);
        return column >= 0 && column < ColumnDates.Count && ColumnDates[column].Count > 0 ? ColumnDates[column] : null;
    }

    /// <summary>Groups a header row's dates by the column they stand in; null unless two columns carry different dates.</summary>
    public static IReadOnlyList<IReadOnlyList<DateMention>>? GroupByColumn(string header, IReadOnlyList<DateMention> dates)
    {
        if (header.Length == 0 || header[0] != '|' || dates.Count < 2) return null;
        int columns = header.AsSpan().Count('|') - 1;
        if (columns < 2) return null;
        var by = new List<DateMention>[columns];
        for (int c = 0; c < columns; c++) by[c] = [];
        foreach (var d in dates)
        {
            int column = ColumnOf(header, d.Start);
            if (column >= 0 && column < columns) by[column].Add(d);
        }
        if (by.Count(l => l.Count > 0) < 2) return null;
        // a start named in any column ("Entries since 24 Feb 2022") frames the columns that name none
        var starts = dates.Where(d => d.Role == DateRole.Since).ToList();
        foreach (var l in by)
            if (l.Count > 0 && !l.Any(d => d.Role == DateRole.Since)) l.AddRange(starts);
        return by;
    }

    /// <summary>The rate a header cell gives its column ("| Daily average, 11-17 Jun |"), by column; null when none does.</summary>
    public IReadOnlyList<Core.Claims.Rate?>? ColumnRates { get; init; }

    /// <summary>The rate of the column a figure of a row stands in, if the header gives that column one.</summary>
    public Core.Claims.Rate? RateAt(string row, int position)
    {
        if (ColumnRates is null || row.Length == 0 || row[0] != '|') return null;
        int column = ColumnOf(row, position);
        return column >= 0 && column < ColumnRates.Count ? ColumnRates[column] : null;
    }

    /// <summary>The cell a position of a "| a | b |" row falls in, counted from 0 (-1 before the first bar).</summary>
    private static int ColumnOf(string row, int position) => row.AsSpan(0, Math.Min(position, row.Length)).Count('|') - 1;

    /// <summary>The measure of the column a figure of a row stands in ("| Poland | 9.6m | 1.2m |"), else the table's.</summary>
    public Core.Claims.Measure? MeasureAt(string row, int position)
    {
        if (Columns is null || row.Length == 0 || row[0] != '|') return Measure;
        int column = ColumnOf(row, position);
        return column >= 0 && column < Columns.Count && Columns[column] is { } m ? m : Measure;
    }
}
