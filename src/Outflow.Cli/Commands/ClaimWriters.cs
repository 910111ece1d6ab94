using System.Globalization;

using Outflow.Core.Claims;
using Outflow.Core.Json;
using Spectre.Console;

namespace Outflow.Cli.Commands;

/// <summary>Writes claims as JSON Lines, CSV or a console table.</summary>
public static class ClaimWriters
{
    public static readonly string[] CsvHeader =
        ["id", "doc", "text", "quote", "measure", "unit", "per", "low", "high", "qualifier", "origin", "destination", "place", "population", "from", "to", "source", "start", "end", "confidence"];

    public static void WriteJsonl(Stream output, IEnumerable<Claim> claims)
    {
        foreach (var c in claims)
        {
            using (var w = ClaimJson.CreateWriter(output)) ClaimJson.Write(w, c);
            output.WriteByte((byte)'\n');
        }
    }

    public static void WriteCsvHeader(CsvOut csv)
    {
        foreach (var h in CsvHeader) csv.WriteField(h);
        csv.NextRecord();
    }

    public static void WriteCsv(CsvOut csv, IEnumerable<Claim> claims)
    {
        foreach (var c in claims)
        {
            csv.WriteField(c.Id); csv.WriteField(c.Doc); csv.WriteField(c.Text); csv.WriteField(c.Quote);
            csv.WriteField(EnumNames.Name(c.Measure)); csv.WriteField(EnumNames.Name(c.Unit));
            csv.WriteField(c.Per is { } p ? EnumNames.Name(p) : "");
            csv.WriteField(c.Low?.ToString(CultureInfo.InvariantCulture) ?? ""); csv.WriteField(c.High?.ToString(CultureInfo.InvariantCulture) ?? "");
            csv.WriteField(EnumNames.Name(c.Qualifier)); csv.WriteField(c.Origin ?? ""); csv.WriteField(c.Destination ?? "");
            csv.WriteField(c.Place ?? ""); csv.WriteField(EnumNames.Name(c.Population));
            csv.WriteField(c.From?.ToString() ?? ""); csv.WriteField(c.To?.ToString() ?? ""); csv.WriteField(c.Source ?? "");
            csv.WriteField(c.Start); csv.WriteField(c.End); csv.WriteField(c.Confidence.ToString("0.00", CultureInfo.InvariantCulture));
            csv.NextRecord();
        }
    }

    public static Table CreateTable()
    {
        var t = new Table().Border(TableBorder.Rounded);
        foreach (var h in new[] { "doc", "figure", "measure", "low", "high", "origin", "dest", "per", "from", "to", "source" }) t.AddColumn(h);
        return t;
    }

    public static void AddRows(Table t, IEnumerable<Claim> claims)
    {
        foreach (var c in claims)
            t.AddRow(Markup.Escape(Short(c.Doc, 24)), Markup.Escape(c.Text), EnumNames.Name(c.Measure) + (c.Unit != CountUnit.People ? $" ({EnumNames.Name(c.Unit)})" : ""),
                c.Low?.ToString("#,0.#", CultureInfo.InvariantCulture) ?? "-", c.High?.ToString("#,0.#", CultureInfo.InvariantCulture) ?? "-",
                c.Origin ?? "-", Markup.Escape(c.Destination ?? "-"), c.Per is { } p ? EnumNames.Name(p) : "-",
                c.From?.ToString() ?? "-", c.To?.ToString() ?? "-", Markup.Escape(Short(c.Source ?? "-", 30)));
    }

    private static string Short(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";
}
