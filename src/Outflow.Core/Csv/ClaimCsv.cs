using System.Globalization;
using Outflow.Core.Claims;

namespace Outflow.Core.Csv;

/// <summary>Claims as CSV rows, optionally with the HXL hashtag row that humanitarian data tools (HDX) read.</summary>
public static class ClaimCsv
{
    /// <summary>Column names: the ANNOTATION.md fields, the offsets, and the review status.</summary>
    public static readonly string[] Header =
        ["id", "doc", "text", "quote", "measure", "unit", "per", "value", "low", "high", "qualifier", "origin", "destination", "place", "population", "from", "to", "source", "start", "end", "confidence", "status"];

    /// <summary>HXL hashtags, one per column of <see cref="Header"/> (HXL 1.1 core hashtags and attributes).</summary>
    public static readonly string[] HxlTags =
        ["#meta+id", "#meta+doc", "#description+figure", "#description+quote", "#indicator+measure", "#indicator+unit", "#indicator+rate",
         "#affected+num", "#affected+num+min", "#affected+num+max", "#indicator+qualifier", "#country+code+origin", "#country+code+destination",
         "#loc+name+destination", "#population+type", "#date+start", "#date+end", "#meta+source", "#meta+span+start", "#meta+span+end",
         "#meta+confidence", "#status+review"];

    public static void WriteHeader(CsvOut csv, bool hxl)
    {
        foreach (var h in Header) csv.WriteField(h);
        csv.NextRecord();
        if (!hxl) return;
        foreach (var h in HxlTags) csv.WriteField(h);
        csv.NextRecord();
    }

    /// <summary>Writes one claim. <c>value</c> is the stated figure: the lower bound when there is one, else the upper.</summary>
    public static void WriteRow(CsvOut csv, Claim c, string status = "unreviewed")
    {
        csv.WriteField(c.Id); csv.WriteField(c.Doc); csv.WriteField(c.Text); csv.WriteField(c.Quote);
        csv.WriteField(EnumNames.Name(c.Measure)); csv.WriteField(EnumNames.Name(c.Unit));
        csv.WriteField(c.Per is { } p ? EnumNames.Name(p) : "");
        csv.WriteField(Number(c.Low ?? c.High)); csv.WriteField(Number(c.Low)); csv.WriteField(Number(c.High));
        csv.WriteField(EnumNames.Name(c.Qualifier)); csv.WriteField(c.Origin ?? ""); csv.WriteField(c.Destination ?? "");
        csv.WriteField(c.Place ?? ""); csv.WriteField(EnumNames.Name(c.Population));
        csv.WriteField(c.From?.ToString() ?? ""); csv.WriteField(c.To?.ToString() ?? ""); csv.WriteField(c.Source ?? "");
        csv.WriteField(c.Start); csv.WriteField(c.End); csv.WriteField(c.Confidence.ToString("0.00", CultureInfo.InvariantCulture));
        csv.WriteField(status);
        csv.NextRecord();
    }

    private static string Number(double? v) => v?.ToString("0.###", CultureInfo.InvariantCulture) ?? "";
}
