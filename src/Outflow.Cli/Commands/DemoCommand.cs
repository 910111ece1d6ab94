using System.CommandLine;
using Outflow.Web;

namespace Outflow.Cli.Commands;

/// <summary>`outflow demo`: ingests the bundled samples into the embedded store and serves the dashboard.</summary>
public static class DemoCommand
{
    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen", DefaultValueFactory = _ => ServeCommand.DefaultUrls };
        var samples = new Option<string?>("--samples") { Description = "Folder of articles with docs.jsonl (default: the bundled samples)" };
        var noServe = new Option<bool>("--no-serve") { Description = "Ingest and print the estimates, then stop" };
        var store = new StoreOptions();
        var cmd = new Command("demo", "Ingest the bundled samples into the embedded store and serve the dashboard") { urls, samples, noServe };
        store.AddTo(cmd);
        cmd.SetAction((r, ct) => StoreOptions.Run(async () =>
        {
            var folder = r.GetValue(samples) ?? FindSamples()
                ?? throw new ArgumentException("the bundled samples folder was not found; give --samples FOLDER");
            var meta = Path.Combine(folder, "docs.jsonl");
            await using var s = await store.OpenAsync(r, ct);
            var code = await IngestCommand.RunAsync(s, [folder], File.Exists(meta) ? meta : null, reextract: true, 32, 200, IngestCommand.Stderr(), ct, Environment.ProcessorCount);
            if (code == 2) return 2;
            if (r.GetValue(noServe)) return code;
            var env = WebOptions.FromEnvironment();
            await ServeCommand.RunAsync(env with { Urls = r.GetValue(urls) }, s, ct);
            return 0;
        }));
        return cmd;
    }

    private static string? FindSamples()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "samples");
                if (File.Exists(Path.Combine(candidate, "docs.jsonl"))) return candidate;
            }
        }
        return null;
    }
}
