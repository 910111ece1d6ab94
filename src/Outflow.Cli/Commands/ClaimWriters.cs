using System.Globalization;

using Outflow.Core.Claims;
using Outflow.Core.Csv;
using Outflow.Core.Json;
using Spectre.Console;

namespace Outflow.Cli.Commands;

/// <summary>Writes claims as JSON Lines, CSV or a console table.</summary>
public static class ClaimWriters
{
    public static void WriteJsonl(Stream output, IEnumerable<Claim> claims)
    {
        foreach (var c in claims)
        {
            using (var w = ClaimJson.CreateWriter(output)) ClaimJson.Write(w, c);
            output.WriteByte((byte)'\n');
        }
    }

    public static void WriteCsvHeader(CsvOut csv) => ClaimCsv.WriteHeader(csv, hxl: false);

    public static void WriteCsv(CsvOut csv, IEnumerable<Claim> claims)
    {
        foreach (var c in claims) ClaimCsv.WriteRow(csv, c);
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
            t.AddRow(Markup.Escape(ConsoleText.Short(c.Doc, 24)), Markup.Escape(c.Text), EnumNames.Name(c.Measure) + (c.Unit != CountUnit.People ? $" ({EnumNames.Name(c.Unit)})" : ""),
                ConsoleText.Number(c.Low), ConsoleText.Number(c.High),
                c.Origin ?? "-", Markup.Escape(c.Destination ?? "-"), c.Per is { } p ? EnumNames.Name(p) : "-",
                c.From?.ToString() ?? "-", c.To?.ToString() ?? "-", Markup.Escape(ConsoleText.Short(c.Source ?? "-", 30)));
    }

}
