using System.CommandLine;
using Outflow.Store.Export;

namespace Outflow.Cli.Commands;

/// <summary>`outflow export --format jsonl|csv|hxl [filters] [-o FILE]`: stored claims (reviewed values) for other tools.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var filters = new ClaimFilterOptions();
        var store = new StoreOptions();
        var format = new Option<string>("--format", "-f") { Description = "jsonl, csv, or hxl (CSV with an HXL hashtag row for HDX tools)", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "csv", "hxl");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output" };
        var withRejected = new Option<bool>("--include-rejected") { Description = "Also export claims a reviewer rejected" };
        var cmd = new Command("export", "Export stored claims as JSON Lines, CSV or HXL") { format, output, withRejected };
        filters.AddTo(cmd);
        store.AddTo(cmd);
        cmd.SetAction((r, ct) => StoreOptions.Run(async () =>
        {
            var query = filters.Query(r).All();
            await using var s = await store.OpenAsync(r, ct);
            var path = r.GetValue(output);
            await using var stream = path is null ? Console.OpenStandardOutput() : File.Create(path);
            var n = await ClaimExport.WriteAsync(s, query, r.GetValue(format)!, r.GetValue(withRejected), stream, ct);
            Console.Error.WriteLine($"{n:N0} claim(s) exported");
            return 0;
        }));
        return cmd;
    }
}
