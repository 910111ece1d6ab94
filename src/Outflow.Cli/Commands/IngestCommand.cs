using System.CommandLine;
using Outflow.Cli.Ingest;
using Outflow.Cli.Input;
using Outflow.Extraction.Pipeline;
using Outflow.Extraction.Text;
using Outflow.Store;
using Spectre.Console;

namespace Outflow.Cli.Commands;

/// <summary>`outflow ingest PATH... [--meta] [--db | --postgres] [--reextract]`: documents and claims into the store.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders of articles (.txt, .md, .html, .htm)", Arity = ArgumentArity.ZeroOrMore };
        var meta = new Option<string?>("--meta") { Description = "docs.jsonl with publication dates, URLs and titles" };
        var reextract = new Option<bool>("--reextract") { Description = "Re-run this extractor over stored documents an older one processed (reviews stay attached)" };
        var maxSize = new Option<int>("--max-size") { Description = "Largest document accepted, in MB", DefaultValueFactory = _ => 32 };
        var batch = new Option<int>("--batch") { Description = "Documents per transaction", DefaultValueFactory = _ => 200 };
        var store = new StoreOptions();
        var jobs = JobsOption.Create();
        var cmd = new Command("ingest", "Store articles and their claims (idempotent: the same content is stored once)") { paths, meta, reextract, maxSize, batch, jobs };
        store.AddTo(cmd);
        cmd.SetAction((r, ct) => StoreOptions.Run(async () =>
        {
            var files = r.GetValue(paths) ?? [];
            if (files.Length == 0 && !r.GetValue(reextract)) throw new ArgumentException("give files or folders to ingest, or --reextract");
            await using var s = await store.OpenAsync(r, ct);
            return await RunAsync(s, files, r.GetValue(meta), r.GetValue(reextract), r.GetValue(maxSize), Math.Max(1, r.GetValue(batch)), Stderr(), ct, r.GetValue(jobs));
        }));
        return cmd;
    }

    /// <summary>Diagnostics and progress go to stderr so stdout stays clean for pipes.</summary>
    public static IAnsiConsole Stderr() => AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });

    public static async Task<int> RunAsync(IEvidenceStore store, string[] paths, string? metaPath, bool reextract, int maxSizeMb, int batchSize,
        IAnsiConsole console, CancellationToken ct, int jobs = 1)
    {
        var errors = new List<string>();
        var meta = MetaFile.Load(metaPath, errors);
        var files = new List<string>();
        foreach (var (path, error) in InputFiles.Expand(paths))
        {
            if (path is null) errors.Add(error!); else files.Add(path);
        }
        var summary = new IngestSummary();
        summary.Failures.AddRange(errors);
        var ingestor = new Ingestor(store, new ClaimExtractor(), new DocumentReader(maxSizeMb * 1024L * 1024)) { BatchDocuments = batchSize, Jobs = jobs };
        try
        {
            if (files.Count > 0)
            {
                if (console.Profile.Capabilities.Interactive && files.Count > 50)
                {
                    await console.Progress().AutoClear(true).StartAsync(async p =>
                    {
                        var task = p.AddTask($"ingesting {files.Count:N0} files", maxValue: files.Count);
                        await ingestor.RunAsync(files, meta, summary, n => task.Increment(n), ct);
                    });
                }
                else
                {
                    await ingestor.RunAsync(files, meta, summary, null, ct);
                }
            }
            if (reextract) await ingestor.ReextractAsync(summary, ct);
        }
        catch (StoreException ex)
        {
            summary.StoreError = ex.Message;
        }
        foreach (var f in summary.Failures) console.MarkupLine($"[red]error:[/] {Markup.Escape(f)}");
        if (summary.StoreError is not null) console.MarkupLine($"[red]error:[/] {Markup.Escape(summary.StoreError)} (batches committed before this are kept; re-run to complete)");
        console.Write(SummaryTable(summary, store));
        return summary.StoreError is not null ? 2 : summary.Failed > 0 ? 1 : 0;
    }

    private static Table SummaryTable(IngestSummary s, IEvidenceStore store)
    {
        var t = new Table().Border(TableBorder.Rounded).Title($"ingest into {Markup.Escape(store.Location)}");
        t.AddColumn("documents new").AddColumn("unchanged").AddColumn("updated").AddColumn("re-extracted").AddColumn("failed").AddColumn("claims added");
        t.AddRow(s.New.ToString("N0"), s.Unchanged.ToString("N0"), s.Updated.ToString("N0"), s.Reextracted.ToString("N0"),
            s.Failed > 0 ? $"[red]{s.Failed:N0}[/]" : "0", s.ClaimsAdded.ToString("N0"));
        return t;
    }
}
