using Outflow.Estimation.Report;
using Outflow.Estimation.Series;
using Spectre.Console;

namespace Outflow.Cli.Commands;

/// <summary>Draws one series' band in the terminal (a row per band date: lower ░ estimate █ upper) and lists its
/// facts and conflicts with their quotes.</summary>
public static class BandChart
{
    private const int Width = 48;

    public static void Write(IAnsiConsole console, EstimateReport report, string? seriesId)
    {
        var s = seriesId is not null
            ? report.Series.FirstOrDefault(x => x.Id == seriesId)
            : report.Series.Where(x => x.Band.Count > 0)
                .OrderByDescending(x => x.Kind == SeriesKind.Cumulative).ThenByDescending(x => x.Facts.Count).ThenBy(x => x.Id, StringComparer.Ordinal)
                .FirstOrDefault();
        if (s is null) { Console.Error.WriteLine(seriesId is null ? "no dated series to chart" : $"no series '{seriesId}'"); return; }
        console.Write(new Rule($"[bold]{Markup.Escape(s.Id)}[/] ({s.Kind.ToString().ToLowerInvariant()})"));
        var max = s.Band.SelectMany(b => new[] { b.Lower, b.Upper, b.Estimate }).Where(v => v is not null).Select(v => v!.Value).DefaultIfEmpty(1).Max();
        var t = new Table().Border(TableBorder.Simple);
        foreach (var h in new[] { "date", "lower", "estimate", "upper", $"0 … {EstimateWriters.Number(max)}", "bound by" }) t.AddColumn(h);
        foreach (var b in s.Band)
            t.AddRow(EstimateWriters.Date(b.Date), EstimateWriters.Number(b.Lower), $"[bold]{EstimateWriters.Number(b.Estimate)}[/]",
                EstimateWriters.Number(b.Upper), Bar(b, max), Markup.Escape($"{b.LowerFact ?? "-"} / {b.UpperFact ?? "-"}"));
        console.Write(t);

        var facts = new Table().Border(TableBorder.Rounded).Title("facts");
        foreach (var h in new[] { "fact", "date", "figure", "low", "high", "source", "docs", "quote" }) facts.AddColumn(h);
        foreach (var f in s.Facts)
        {
            var style = f.SetAside ? "strikethrough dim" : "default";
            facts.AddRow($"[{style}]{Markup.Escape(f.Id)}[/]", f.Date ?? "undated", Markup.Escape(f.Citations[0].Text),
                EstimateWriters.Number(f.Low), EstimateWriters.Number(f.High), Markup.Escape(f.Source ?? "-") + (f.FoldedRepeat ? " (+repeats)" : ""),
                f.Citations.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), Markup.Escape(ConsoleText.Short(f.Citations[0].Quote, 90)));
        }
        console.Write(facts);

        foreach (var c in s.Conflicts)
        {
            var body = Markup.Escape(c.Reason) + "\n" + string.Join("\n", c.Quotes.Select(q => $"[italic]“{Markup.Escape(ConsoleText.Short(q, 200))}”[/]"));
            console.Write(new Panel(body).Header("[red]conflict[/]").Border(BoxBorder.Rounded));
        }
        if (s.Excluded.Count > 0) console.MarkupLine($"rejected by review (not used): {Markup.Escape(string.Join(", ", s.Excluded))}");
    }

    private static string Bar(BandPoint b, double max)
    {
        int Col(double? v) => v is { } x && max > 0 ? Math.Clamp((int)Math.Round(x / max * (Width - 1)), 0, Width - 1) : -1;
        int lo = Col(b.Lower ?? 0), hi = b.Upper is null ? Width - 1 : Col(b.Upper), est = Col(b.Estimate);
        var chars = new char[Width];
        for (var i = 0; i < Width; i++) chars[i] = i >= lo && i <= hi ? '░' : ' ';
        if (est >= 0) chars[est] = '█';
        var text = new string(chars).TrimEnd();
        return b.Upper is null ? $"{text}[dim]→[/]" : text;
    }

}
