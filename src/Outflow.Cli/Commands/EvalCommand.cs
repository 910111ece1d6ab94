using System.CommandLine;
using System.Globalization;
using Outflow.Cli.Input;
using Outflow.Core.Claims;
using Outflow.Core.Json;
using Outflow.Evaluation;
using Outflow.Extraction.Pipeline;
using Outflow.Extraction.Text;
using Spectre.Console;

namespace Outflow.Cli.Commands;

/// <summary>`outflow eval --gold FILE --meta FILE PATH...`: scores extraction against hand-made claims.</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders of the documents the gold claims come from", Arity = ArgumentArity.OneOrMore };
        var gold = new Option<string>("--gold") { Description = "Reference claims (JSON Lines, ANNOTATION.md)", Required = true };
        var meta = new Option<string?>("--meta") { Description = "docs.jsonl with publication dates" };
        var details = new Option<int>("--show") { Description = "How many misses, spurious claims and wrong attributes to list (0: none)", DefaultValueFactory = _ => 200 };
        var json = new Option<bool>("--json") { Description = "Print the metrics as JSON" };
        var cmd = new Command("eval", "Score the extractor against reference claims: detection and strict P/R/F1, attribute accuracy, errors") { paths, gold, meta, details, json };
        cmd.SetAction(r => Run(r.GetValue(paths)!, r.GetValue(gold)!, r.GetValue(meta), r.GetValue(details), r.GetValue(json), AnsiConsole.Console));
        return cmd;
    }

    public static int Run(string[] paths, string goldPath, string? metaPath, int show, bool json, IAnsiConsole console)
    {
        var errors = new List<string>();
        var meta = MetaFile.Load(metaPath, errors);
        var gold = LoadGold(goldPath, errors);
        var predicted = new List<Claim>();
        foreach (var r in new ExtractionRun(new ClaimExtractor(), new DocumentReader()) { Jobs = Environment.ProcessorCount }.Run(paths, meta))
        {
            if (r.Error is not null) errors.Add(r.Error);
            predicted.AddRange(r.Claims);
        }
        foreach (var e in errors) Console.Error.WriteLine($"error: {e}");
        var docs = predicted.Select(p => p.Doc).ToHashSet();
        var report = Scorer.Score(predicted, gold);
        if (json)
        {
            Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(new
            {
                detection = new { report.Detection.Precision, report.Detection.Recall, report.Detection.F1 },
                strict = new { report.Strict.Precision, report.Strict.Recall, report.Strict.F1 },
                attributes = report.AttributeAccuracy,
                predicted = predicted.Count, gold = gold.Count,
            }));
            return errors.Count > 0 ? 1 : 0;
        }
        Print(report, gold.Count, predicted.Count, show, console);
        return errors.Count > 0 ? 1 : 0;
    }

    public static List<Claim> LoadGold(string path, List<string> errors)
    {
        var gold = new List<Claim>();
        foreach (var (n, line) in JsonLinesFile.Read(path, "gold claims", errors))
        {
            var c = ClaimJson.Parse(line, out var err);
            if (c is null) errors.Add($"{path}:{n}: {err}"); else gold.Add(c);
        }
        return gold;
    }

    private static void Print(EvalReport r, int gold, int predicted, int show, IAnsiConsole console)
    {
        var t = new Table().Border(TableBorder.Rounded).Title($"Extraction vs gold ({predicted} predicted, {gold} gold)");
        t.AddColumn("metric"); t.AddColumn("precision"); t.AddColumn("recall"); t.AddColumn("F1");
        string P(double x) => x.ToString("0.000", CultureInfo.InvariantCulture);
        t.AddRow("detection", P(r.Detection.Precision), P(r.Detection.Recall), P(r.Detection.F1));
        t.AddRow("[bold]strict[/]", P(r.Strict.Precision), P(r.Strict.Recall), $"[bold]{P(r.Strict.F1)}[/]");
        console.Write(t);
        var a = new Table().Border(TableBorder.Rounded).Title($"Attribute accuracy over {r.Pairs.Count} pairs");
        a.AddColumn("attribute"); a.AddColumn("accuracy");
        foreach (var (k, v) in r.AttributeAccuracy) a.AddRow(k, P(v));
        console.Write(a);
        if (show <= 0) return;
        console.MarkupLine($"\n[bold]Missed ({r.Missed.Count})[/]");
        foreach (var m in r.Missed.Take(show))
            console.MarkupLine($"  {Markup.Escape(ShortDoc(m.Doc))} [yellow]{Markup.Escape(m.Text)}[/] {EnumNames.Name(m.Measure)} {m.Origin}->{m.Destination ?? "-"} | {Markup.Escape(Cut(m.Quote, 110))}");
        console.MarkupLine($"\n[bold]Spurious ({r.Spurious.Count})[/]");
        foreach (var m in r.Spurious.Take(show))
            console.MarkupLine($"  {Markup.Escape(ShortDoc(m.Doc))} [red]{Markup.Escape(m.Text)}[/] {EnumNames.Name(m.Measure)} {m.Origin}->{m.Destination ?? "-"} | {Markup.Escape(Cut(m.Quote, 110))}");
        var wrong = r.Pairs.Where(p => p.WrongFields.Count > 0).ToList();
        console.MarkupLine($"\n[bold]Wrong attributes ({wrong.Count} pairs)[/]");
        foreach (var p in wrong.Take(show))
        {
            var diffs = string.Join(", ", p.WrongFields.Select(f => $"{f}: {Value(p.Predicted, f)} ≠ gold {Value(p.Gold, f)}"));
            console.MarkupLine($"  {Markup.Escape(ShortDoc(p.Gold.Doc))} {(p.Strict ? "" : "[red]strict[/] ")}[yellow]{Markup.Escape(p.Gold.Text)}[/]: {Markup.Escape(diffs)}");
        }
    }

    /// <summary>Enough of a document's name to find it: "b5_02_mongolia_georgia_liveblog.html" -> "b5_02_mongol".</summary>
    private static string ShortDoc(string doc) => doc[..Math.Min(12, doc.Length)];

    private static string Cut(string s, int n) => s.Length <= n ? s : s[..n] + "…";

    private static string Value(Claim c, string field) => field switch
    {
        "measure" => EnumNames.Name(c.Measure),
        "origin" => c.Origin ?? "null",
        "destination" => c.Destination ?? "null",
        "unit" => EnumNames.Name(c.Unit),
        "per" => c.Per is { } p ? EnumNames.Name(p) : "null",
        "low" => c.Low?.ToString(CultureInfo.InvariantCulture) ?? "null",
        "high" => c.High?.ToString(CultureInfo.InvariantCulture) ?? "null",
        "qualifier" => EnumNames.Name(c.Qualifier),
        "place" => c.Place ?? "null",
        "population" => EnumNames.Name(c.Population),
        "from" => c.From?.ToString() ?? "null",
        "to" => c.To?.ToString() ?? "null",
        "source" => c.Source ?? "null",
        _ => "?",
    };
}
