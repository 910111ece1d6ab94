using System.CommandLine;
using Outflow.Core.Csv;
using Outflow.Store;
using Outflow.Store.Model;

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
            var n = await WriteAsync(s, query, r.GetValue(format)!, r.GetValue(withRejected), stream, ct);
            Console.Error.WriteLine($"{n:N0} claim(s) exported");
            return 0;
        }));
        return cmd;
    }

    /// <summary>Streams the export: memory stays flat however many claims match.</summary>
    public static async Task<long> WriteAsync(IEvidenceStore store, ClaimQuery query, string format, bool includeRejected, Stream output, CancellationToken ct)
    {
        long n = 0;
        var writer = new StreamWriter(output, leaveOpen: true);
        var csv = format == "jsonl" ? null : new CsvOut(writer);
        if (csv is not null) ClaimCsv.WriteHeader(csv, hxl: format == "hxl");
        await foreach (var c in store.StreamClaimsAsync(query, ct))
        {
            if (c.Status == ClaimStatus.Rejected && !includeRejected && query.Status != ClaimStatus.Rejected) continue;
            n++;
            if (csv is not null) ClaimCsv.WriteRow(csv, c.Claim, c.Status.ToString().ToLowerInvariant());
            else
            {
                await writer.FlushAsync(ct);
                ClaimWriters.WriteJsonl(output, [c.Claim]);
            }
        }
        await writer.FlushAsync(ct);
        return n;
    }
}
