using System.CommandLine;
using Outflow.Core.Claims;
using Outflow.Core.Csv;
using Outflow.Store.Model;
using Spectre.Console;

namespace Outflow.Cli.Commands;

/// <summary>`outflow claims [filters] [--sort] [--limit] [--format table|jsonl|csv]`: find stored claims (reviewed values shown).</summary>
public static class ClaimsCommand
{
    public static Command Create()
    {
        var filters = new ClaimFilterOptions();
        var store = new StoreOptions();
        var sort = new Option<string>("--sort") { Description = "Field to sort by (to, from, low, high, measure, origin, destination, doc, source, confidence); '-' first for descending", DefaultValueFactory = _ => "-to" };
        var limit = new Option<int>("--limit") { Description = "Claims to show (0 for all)", DefaultValueFactory = _ => 50 };
        var offset = new Option<int>("--offset") { Description = "Claims to skip", DefaultValueFactory = _ => 0 };
        var format = new Option<string>("--format", "-f") { Description = "table, jsonl or csv", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "jsonl", "csv");
        var cmd = new Command("claims", "List stored claims with filters") { sort, limit, offset, format };
        filters.AddTo(cmd);
        store.AddTo(cmd);
        cmd.SetAction((r, ct) => StoreOptions.Run(async () =>
        {
            var n = r.GetValue(limit);
            var query = filters.Query(r) with { Sort = r.GetValue(sort)!, Offset = Math.Max(0, r.GetValue(offset)), Limit = n <= 0 ? int.MaxValue : n };
            await using var s = await store.OpenAsync(r, ct);
            var page = await s.QueryClaimsAsync(query, ct);
            Write(page, r.GetValue(format)!, AnsiConsole.Console);
            return 0;
        }));
        return cmd;
    }

    public static void Write(Page<StoredClaim> page, string format, IAnsiConsole console)
    {
        switch (format)
        {
            case "jsonl":
                using (var stdout = Console.OpenStandardOutput()) ClaimWriters.WriteJsonl(stdout, page.Items.Select(c => c.Claim));
                break;
            case "csv":
                var w = new StreamWriter(Console.OpenStandardOutput());
                var csv = new CsvOut(w);
                ClaimCsv.WriteHeader(csv, hxl: false);
                foreach (var c in page.Items) ClaimCsv.WriteRow(csv, c.Claim, c.Status.ToString().ToLowerInvariant());
                w.Flush();
                break;
            default:
                var t = new Table().Border(TableBorder.Rounded);
                foreach (var h in new[] { "id", "figure", "measure", "low", "high", "origin", "dest", "to", "source", "status" }) t.AddColumn(h);
                foreach (var s in page.Items)
                {
                    var c = s.Claim;
                    t.AddRow(c.Id, Markup.Escape(c.Text), EnumNames.Name(c.Measure) + (c.Per is { } p ? "/" + EnumNames.Name(p) : ""),
                        ConsoleText.Number(c.Low), ConsoleText.Number(c.High), c.Origin ?? "-", Markup.Escape(c.Destination ?? "-"),
                        c.To?.ToString() ?? "-", Markup.Escape(ConsoleText.Short(c.Source ?? "-", 28)), Status(s.Status));
                }
                console.Write(t);
                console.MarkupLine($"[grey]{page.Items.Count:N0} of {page.Total:N0} claim(s); `outflow show ID` for the quote in its document[/]");
                break;
        }
    }

    public static string Status(ClaimStatus s) => s switch
    {
        ClaimStatus.Accepted => "[green]accepted[/]",
        ClaimStatus.Rejected => "[red]rejected[/]",
        ClaimStatus.Corrected => "[yellow]corrected[/]",
        _ => "[grey]unreviewed[/]",
    };

}
