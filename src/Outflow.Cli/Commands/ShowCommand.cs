using System.CommandLine;
using Outflow.Core.Claims;
using Outflow.Core.Json;
using Outflow.Store.Model;
using Spectre.Console;

namespace Outflow.Cli.Commands;

/// <summary>`outflow show CLAIM_ID`: the claim, its quote highlighted in its paragraph, and its review history.</summary>
public static class ShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("claim-id") { Description = "The claim's id (from `outflow claims`)" };
        var json = new Option<bool>("--json") { Description = "Print the claim, the extractor's original and the history as JSON" };
        var store = new StoreOptions();
        var cmd = new Command("show", "Show one claim in its document, with its review history") { id, json };
        store.AddTo(cmd);
        cmd.SetAction((r, ct) => StoreOptions.Run(async () =>
        {
            await using var s = await store.OpenAsync(r, ct);
            var detail = await s.GetClaimAsync(r.GetValue(id)!.Trim(), ct) ?? throw new KeyNotFoundException($"no claim '{r.GetValue(id)}' in {s.Location}");
            if (r.GetValue(json)) Console.WriteLine(ClaimJson.ToJsonLine(detail.Stored.Claim));
            else Render(detail, AnsiConsole.Console);
            return 0;
        }));
        return cmd;
    }

    public static void Render(ClaimDetail d, IAnsiConsole console)
    {
        var c = d.Stored.Claim;
        var original = d.Stored.Original;
        console.MarkupLine($"[bold]{Markup.Escape(c.Text)}[/]  {ClaimsCommand.Status(d.Stored.Status)}  [grey]{c.Id}[/]");
        console.MarkupLine($"[grey]{Markup.Escape(d.Document.Title ?? c.Doc)} ({Markup.Escape(c.Doc)}{(d.Document.Published is { } p ? ", " + p : "")})[/]");
        var (text, start, end) = d.Context();
        console.Write(new Panel(new Markup($"{Markup.Escape(text[..start])}[black on yellow]{Markup.Escape(text[start..end])}[/]{Markup.Escape(text[end..])}"))
            .Header("paragraph").Border(BoxBorder.Rounded));
        var t = new Table().Border(TableBorder.Simple).AddColumn("field").AddColumn("value").AddColumn("extractor said");
        void Row(string f, string? now, string? then) => t.AddRow(f, Markup.Escape(now ?? "-"), now == then ? "" : $"[grey]{Markup.Escape(then ?? "-")}[/]");
        Row("measure", EnumNames.Name(c.Measure), EnumNames.Name(original.Measure));
        Row("unit", EnumNames.Name(c.Unit), EnumNames.Name(original.Unit));
        Row("per", c.Per is { } pr ? EnumNames.Name(pr) : null, original.Per is { } po ? EnumNames.Name(po) : null);
        Row("low", ConsoleText.Number(c.Low), ConsoleText.Number(original.Low));
        Row("high", ConsoleText.Number(c.High), ConsoleText.Number(original.High));
        Row("qualifier", EnumNames.Name(c.Qualifier), EnumNames.Name(original.Qualifier));
        Row("origin", c.Origin, original.Origin);
        Row("destination", c.Destination, original.Destination);
        Row("place", c.Place, original.Place);
        Row("population", EnumNames.Name(c.Population), EnumNames.Name(original.Population));
        Row("from", c.From?.ToString(), original.From?.ToString());
        Row("to", c.To?.ToString(), original.To?.ToString());
        Row("source", c.Source, original.Source);
        console.Write(t);
        if (d.History.Count == 0) { console.MarkupLine("[grey]no reviews[/]"); return; }
        var h = new Table().Border(TableBorder.Simple).Title("review history").AddColumn("at").AddColumn("by").AddColumn("action").AddColumn("changes").AddColumn("note");
        foreach (var rv in d.History)
            h.AddRow(rv.At.ToString("yyyy-MM-dd HH:mm"), Markup.Escape(rv.By), rv.Action.ToString().ToLowerInvariant(),
                Markup.Escape(string.Join(", ", rv.Changes.Select(kv => $"{kv.Key}={kv.Value ?? "null"}"))), Markup.Escape(rv.Note ?? ""));
        console.Write(h);
    }
}
