using Outflow.Core.Csv;
using System.Globalization;
using Outflow.Core.Claims;
using Outflow.Estimation.Report;
using Spectre.Console;

namespace Outflow.Cli.Commands;

/// <summary>Writes an estimate report as console tables or CSV (one row per series).</summary>
public static class EstimateWriters
{
    public static readonly string[] CsvHeader =
        ["series", "origin", "destination", "measure", "population", "unit", "per", "baseline", "kind", "estimate", "low", "high", "as_of", "rule", "claims", "facts", "conflicts", "set_aside"];

    public static void WriteCsv(CsvOut csv, EstimateReport report)
    {
        foreach (var h in CsvHeader) csv.WriteField(h);
        csv.NextRecord();
        foreach (var s in report.Series)
        {
            var e = s.Estimate;
            object?[] row =
            [
                s.Id, s.Origin, s.Destination, EnumNames.Name(s.Measure), EnumNames.Name(s.Population), EnumNames.Name(s.Unit),
                s.Per is { } p ? EnumNames.Name(p) : null, s.Baseline, s.Kind.ToString().ToLowerInvariant(),
                Round(e?.Value), Round(e?.Low), Round(e?.High), e?.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                e is null ? null : Snake(e.Rule.ToString()), s.ClaimCount, s.Facts.Count, s.Conflicts.Count, s.Facts.Count(f => f.SetAside),
            ];
            foreach (var v in row) csv.WriteField(v);
            csv.NextRecord();
        }
    }

    public static void WriteTables(IAnsiConsole console, EstimateReport report)
    {
        foreach (var origin in report.Series.GroupBy(s => s.Origin))
        {
            var t = new Table().Border(TableBorder.Rounded).Title($"[bold]{Markup.Escape(origin.Key)}[/]: estimates as of {Date(report.AsOf)}");
            foreach (var h in new[] { "to", "series", "since", "estimate", "low", "high", "as of", "claims/facts", "conflicts" }) t.AddColumn(h);
            foreach (var s in origin.OrderBy(s => s.Destination is not null).ThenBy(s => s.Destination, StringComparer.Ordinal).ThenBy(s => s.Measure))
            {
                var e = s.Estimate;
                t.AddRow(Markup.Escape(s.Destination ?? "(any)"), Markup.Escape(Label(s)), s.Baseline ?? "?",
                    $"[bold]{Number(e?.Value)}[/]", Number(e?.Low), Number(e?.High), e is null ? "-" : Date(e.AsOf),
                    $"{s.ClaimCount}/{s.Facts.Count}",
                    s.Conflicts.Count == 0 ? "-" : $"[red]{s.Conflicts.Count}[/]");
            }
            console.Write(t);
        }
        WriteTotals(console, report);
        WriteWaves(console, report);
    }

    private static void WriteTotals(IAnsiConsole console, EstimateReport report)
    {
        var rows = report.Totals.Where(x => x.Departures is not null || x.Destinations.Count >= 2).ToList();
        if (rows.Count == 0) return;
        var t = new Table().Border(TableBorder.Rounded).Title("[bold]Total departures[/] against the sum of destinations");
        foreach (var h in new[] { "from", "since", "departures", "low", "high", "as of", "sum of dest.", "gap", "destinations" }) t.AddColumn(h);
        foreach (var x in rows)
        {
            var d = x.Departures;
            var dests = string.Join(", ", x.Destinations.Select(y => $"{y.Destination} {Number(y.Estimate.Value)}{(y.Summed ? "" : " (group, not added)")}"));
            t.AddRow(x.Origin, x.Baseline ?? "?", $"[bold]{Number(d?.Value)}[/]", Number(d?.Low), Number(d?.High), d is null ? "-" : Date(d.AsOf),
                Number(x.SumOfDestinations), Number(x.Gap), Markup.Escape(dests.Length > 0 ? dests : "-"));
        }
        console.Write(t);
    }

    private static void WriteWaves(IAnsiConsole console, EstimateReport report)
    {
        if (report.Waves.Count == 0) return;
        var t = new Table().Border(TableBorder.Rounded).Title("[bold]Waves[/]");
        foreach (var h in new[] { "from", "to", "in", "start", "end", "peak", "at peak" }) t.AddColumn(h);
        foreach (var w in report.Waves)
            t.AddRow(w.Origin, w.Destination ?? "-", w.Kind == WaveKind.Rate ? "rate/day" : "claims/week",
                Date(w.Start), Date(w.End), Date(w.Peak), Number(w.PeakValue));
        console.Write(t);
    }

    public static void WriteSeriesDetail(IAnsiConsole console, EstimateReport report, string? seriesId) =>
        BandChart.Write(console, report, seriesId);

    internal static string Label(SeriesEstimate s) =>
        EnumNames.Name(s.Measure) + (s.Population != Population.General ? $" ({EnumNames.Name(s.Population)})" : "") +
        (s.Unit != CountUnit.People ? $" [{EnumNames.Name(s.Unit)}]" : "") + (s.Per is { } p ? $" per {EnumNames.Name(p)}" : "");

    internal static string Number(double? v) => v is { } x ? x.ToString(Math.Abs(x) >= 100 ? "#,0" : "#,0.#", CultureInfo.InvariantCulture) : "-";

    internal static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";

    private static double? Round(double? v) => v is { } x ? Math.Round(x, 1) : null;

    private static string Snake(string s) => string.Concat(s.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
