using Outflow.Core.Csv;
using Outflow.Core.Json;
using Outflow.Store.Model;

namespace Outflow.Store.Export;

/// <summary>Streams stored claims (reviewed values) as JSON Lines, CSV or HXL-tagged CSV; memory stays flat.</summary>
public static class ClaimExport
{
    public static readonly string[] Formats = ["jsonl", "csv", "hxl"];

    public static string ContentType(string format) => format == "jsonl" ? "application/x-ndjson" : "text/csv";

    /// <summary>Writes every claim that matches; rejected claims only when asked for. Returns the number written.</summary>
    public static async Task<long> WriteAsync(IEvidenceStore store, ClaimQuery query, string format, bool includeRejected, Stream output, CancellationToken ct)
    {
        if (!Formats.Contains(format)) throw new ArgumentException($"format: '{format}' is not one of jsonl, csv, hxl");
        long n = 0;
        await using var writer = new StreamWriter(output, leaveOpen: true);
        // CSV rows are composed in memory and written asynchronously: a synchronous write to an ASP.NET response throws
        var row = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        var csv = format == "jsonl" ? null : new CsvOut(row);
        if (csv is not null)
        {
            ClaimCsv.WriteHeader(csv, hxl: format == "hxl");
            await writer.WriteAsync(row.GetStringBuilder(), ct);
            row.GetStringBuilder().Clear();
        }
        await foreach (var c in store.StreamClaimsAsync(query.All(), ct))
        {
            if (c.Status == ClaimStatus.Rejected && !includeRejected && query.Status != ClaimStatus.Rejected) continue;
            n++;
            if (csv is not null)
            {
                ClaimCsv.WriteRow(csv, c.Claim, c.Status.ToString().ToLowerInvariant());
                await writer.WriteAsync(row.GetStringBuilder(), ct);
                row.GetStringBuilder().Clear();
            }
            else
            {
                await writer.WriteAsync(ClaimJson.ToJsonLine(c.Claim));
                await writer.WriteAsync('\n');
            }
            if (n % 1000 == 0) await writer.FlushAsync(ct);
        }
        await writer.FlushAsync(ct);
        return n;
    }
}
