using System.CommandLine;
using System.Diagnostics;
using Outflow.Cli.Commands;
using Outflow.Cli.Ingest;
using Outflow.Core.Claims;
using Outflow.Core.Dates;
using Outflow.Extraction.Pipeline;
using Outflow.Extraction.Text;
using Outflow.Store;
using Outflow.Store.Model;
using Spectre.Console;

namespace Outflow.Cli.Bench;

/// <summary>
/// `outflow bench ingest` (documents/s and claims/s into a store, peak memory) and `outflow bench query`
/// (filtered claims listings over a store of N synthetic claims). Run against a scratch store: both write to it.
/// </summary>
public static class StoreBench
{
    public static Command CreateIngest()
    {
        var docs = new Option<int>("--docs") { Description = "Synthetic articles to generate and ingest", DefaultValueFactory = _ => 100_000 };
        var store = new StoreOptions();
        var cmd = new Command("ingest", "Ingest N generated articles into a scratch store (default: a temp SQLite file); documents/s, claims/s, peak memory") { docs };
        store.AddTo(cmd);
        cmd.SetAction((r, ct) => StoreOptions.Run(async () =>
        {
            var dir = Path.Combine(Path.GetTempPath(), $"outflow-bench-ingest-{Environment.ProcessId}");
            var dbPath = r.GetValue(store.Db) ?? (r.GetValue(store.Postgres) is null ? Path.Combine(dir, "bench.db") : null);
            try
            {
                var n = r.GetValue(docs);
                var bytes = SyntheticArticles.WriteFolder(Path.Combine(dir, "articles"), n);
                await using var s = dbPath is not null ? await StoreFactory.OpenSqliteAsync(dbPath, ct) : await store.OpenAsync(r, ct);
                var files = Directory.EnumerateFiles(Path.Combine(dir, "articles")).Order(StringComparer.Ordinal).ToList();
                var summary = new IngestSummary();
                GC.Collect();
                var sw = Stopwatch.StartNew();
                await new Ingestor(s, new ClaimExtractor(), new DocumentReader()).RunAsync(files, new Dictionary<string, Outflow.Core.Documents.DocumentMeta>(), summary, null, ct);
                sw.Stop();
                var peak = Process.GetCurrentProcess().PeakWorkingSet64;
                var t = new Table().Border(TableBorder.Rounded).Title($"ingest into {Markup.Escape(s.Location)}");
                foreach (var h in new[] { "documents", "MB", "claims", "seconds", "documents/s", "claims/s", "peak working set" }) t.AddColumn(h);
                t.AddRow($"{summary.New:N0}", $"{bytes / 1048576.0:0.0}", $"{summary.ClaimsAdded:N0}", $"{sw.Elapsed.TotalSeconds:0.0}",
                    $"{summary.New / sw.Elapsed.TotalSeconds:N0}", $"{summary.ClaimsAdded / sw.Elapsed.TotalSeconds:N0}", $"{peak / 1048576.0:N0} MB");
                AnsiConsole.Console.Write(t);
                return summary.Failed > 0 ? 1 : 0;
            }
            finally
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
            }
        }));
        return cmd;
    }

    public static Command CreateQuery()
    {
        var claims = new Option<int>("--claims") { Description = "Synthetic claims in the store (added once; re-runs reuse them)", DefaultValueFactory = _ => 1_000_000 };
        var runs = new Option<int>("--runs") { Description = "Timed runs per query", DefaultValueFactory = _ => 50 };
        var store = new StoreOptions();
        var cmd = new Command("query", "Filtered claims listings (page of 50, with total) over N synthetic claims: median and p95 ms") { claims, runs };
        store.AddTo(cmd);
        cmd.SetAction((r, ct) => StoreOptions.Run(async () =>
        {
            var dbPath = r.GetValue(store.Db) ?? (r.GetValue(store.Postgres) is null ? Path.Combine(Path.GetTempPath(), "outflow-bench-query.db") : null);
            await using var s = dbPath is not null ? await StoreFactory.OpenSqliteAsync(dbPath, ct) : await store.OpenAsync(r, ct);
            var have = (await s.CountsAsync(ct)).Claims;
            var want = r.GetValue(claims);
            if (have < want) await FillAsync(s, (int)have, want, ct);
            var queries = new (string Name, ClaimQuery Query)[]
            {
                ("origin + destination, newest first", new ClaimQuery { Origin = "RU", Destination = "KZ" }),
                ("destination + measure", new ClaimQuery { Destination = "GE", Measure = Measure.Arrivals }),
                ("origin, sorted by figure", new ClaimQuery { Origin = "UA", Sort = "-low" }),
                ("date range", new ClaimQuery { From = new DateOnly(2023, 3, 1), To = new DateOnly(2023, 3, 31) }),
                ("everything, newest first", new ClaimQuery()),
                ("text search", new ClaimQuery { Origin = "VE", Search = "ministry" }),
            };
            var t = new Table().Border(TableBorder.Rounded).Title($"{(await s.CountsAsync(ct)).Claims:N0} claims in {Markup.Escape(s.Location)}");
            t.AddColumn("query").AddColumn("matches").AddColumn("median ms").AddColumn("p95 ms");
            foreach (var (name, q) in queries)
            {
                var page = await s.QueryClaimsAsync(q, ct);
                var times = new List<double>();
                for (var i = 0; i < r.GetValue(runs); i++)
                {
                    var sw = Stopwatch.StartNew();
                    await s.QueryClaimsAsync(q with { Offset = i % 5 * 50 }, ct);
                    times.Add(sw.Elapsed.TotalMilliseconds);
                }
                times.Sort();
                t.AddRow(name, $"{page.Total:N0}", $"{times[times.Count / 2]:0.0}", $"{times[(int)(times.Count * 0.95)]:0.0}");
            }
            AnsiConsole.Console.Write(t);
            return 0;
        }));
        return cmd;
    }

    private static readonly string[] Origins = ["RU", "UA", "VE", "SD", "AF"];
    private static readonly string[] Destinations = ["KZ", "GE", "AM", "FI", "PL", "DE", "CO", "PE", "TD", "EG", "PK", "IR", "TR", "RS", "MN", "MD", "RO", "HU", "BR", "EC"];
    private static readonly string[] Sources = ["the interior ministry", "the border service", "UNHCR", "local media", "the statistics office"];

    /// <summary>Adds synthetic claims in documents of 10, in batches of 500 documents, up to <paramref name="want"/>.</summary>
    private static async Task FillAsync(IEvidenceStore store, int have, int want, CancellationToken ct)
    {
        var rng = new Random(have + 1);
        var batch = new List<(DocumentInput, IReadOnlyList<Claim>)>();
        for (var d = have / 10; d * 10 < want; d++)
        {
            var name = $"synthetic_{d:D8}.txt";
            var text = $"synthetic document {d}";
            var claims = new List<Claim>(10);
            for (var i = 0; i < 10; i++)
            {
                var v = rng.Next(1, 500) * 100.0;
                var measure = (Measure)rng.Next(0, 4);
                var day = new DateOnly(2022, 3, 1).AddDays(rng.Next(0, 700));
                claims.Add(new Claim
                {
                    Doc = name, Text = $"{v:N0}", Quote = $"About {v:N0} people crossed, according to {Sources[i % Sources.Length]} (ministry figures).",
                    Measure = measure, Low = v, High = v, Origin = Origins[rng.Next(Origins.Length)],
                    Destination = measure == Measure.Departures ? null : Destinations[rng.Next(Destinations.Length)],
                    To = PartialDate.Of(day), From = new PartialDate(2022, 2, 24), Source = Sources[rng.Next(Sources.Length)], Start = i * 100, End = i * 100 + 6,
                });
            }
            batch.Add((new DocumentInput(name, $"synthetic-{d}", null, null, null, null, text, text.Length), claims));
            if (batch.Count == 500) { await store.IngestAsync(batch, "bench", ct); batch.Clear(); }
        }
        if (batch.Count > 0) await store.IngestAsync(batch, "bench", ct);
        await store.RefreshStatisticsAsync(ct);
    }
}
