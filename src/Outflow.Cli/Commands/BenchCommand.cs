using System.CommandLine;
using System.Diagnostics;
using Outflow.Cli.Bench;
using Outflow.Cli.Input;
using Outflow.Extraction.Pipeline;
using Outflow.Extraction.Text;
using Spectre.Console;

namespace Outflow.Cli.Commands;

/// <summary>
/// `outflow bench extract` (and `outflow bench estimate`, see <see cref="EstimateBench"/>): replicates a corpus to a target size on disk, then extracts it on one thread,
/// streaming document by document, and reports MB/s and peak memory.
/// </summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var corpus = new Argument<string>("corpus") { Description = "Folder of articles to replicate (e.g. ../shared/corpus/dev/docs)" };
        var mb = new Option<int>("--mb") { Description = "Size of the replicated corpus in MB", DefaultValueFactory = _ => 100 };
        var work = new Option<string?>("--work-dir") { Description = "Where to write the replicated corpus (default: a temporary folder, removed afterwards)" };
        var stages = new Option<bool>("--stages") { Description = "Also time each extraction stage (adds a little overhead)" };
        var alloc = new Option<bool>("--alloc") { Description = "Also sample allocations by type (adds overhead: for finding what to cut, not for the throughput figure)" };
        var extract = new Command("extract", "Throughput and peak memory of extraction over a corpus replicated to --mb MB") { corpus, mb, work, stages, alloc };
        extract.SetAction(r => RunExtract(r.GetValue(corpus)!, r.GetValue(mb), r.GetValue(work), AnsiConsole.Console, r.GetValue(stages), r.GetValue(alloc)));
        var claims = new Option<int>("--claims") { Description = "Number of synthetic claims", DefaultValueFactory = _ => 1_000_000 };
        var estimate = new Command("estimate", "Time to reconcile N synthetic claims (5 origins x 30 destinations x 3 baselines) on one thread") { claims };
        estimate.SetAction(r => EstimateBench.Run(r.GetValue(claims), AnsiConsole.Console));
        return new Command("bench", "Benchmarks whose figures go in the README") { extract, estimate, StoreBench.CreateIngest(), StoreBench.CreateQuery() };
    }

    public static int RunExtract(string corpus, int targetMb, string? workDir, IAnsiConsole console, bool stages = false, bool alloc = false)
    {
        var sources = InputFiles.Expand([corpus]).Where(x => x.Path is not null).Select(x => x.Path!).ToList();
        if (sources.Count == 0) { Console.Error.WriteLine($"error: {corpus}: no .txt/.md/.html files"); return 2; }
        var dir = workDir ?? Path.Combine(Path.GetTempPath(), $"outflow-bench-{Environment.ProcessId}");
        Directory.CreateDirectory(dir);
        long target = targetMb * 1024L * 1024, written = 0;
        int copies = 0;
        try
        {
            while (written < target)
            {
                foreach (var src in sources)
                {
                    var dst = Path.Combine(dir, $"{copies:D6}_{Path.GetFileName(src)}");
                    File.Copy(src, dst, overwrite: true);
                    written += new FileInfo(dst).Length;
                    copies++;
                    if (written >= target) break;
                }
            }
            var extractor = new ClaimExtractor();
            var run = new ExtractionRun(extractor, new DocumentReader());
            // warm up: load knowledge, JIT the rules every distinct document reaches (a one-off start-up cost,
            // timed apart, not a cost per megabyte)
            var startup = Stopwatch.StartNew();
            foreach (var _ in run.Run(sources, new Dictionary<string, Outflow.Core.Documents.DocumentMeta>())) { }
            startup.Stop();
            GC.Collect();
            StageClock.Reset();
            StageClock.Enabled = stages;
            using var allocations = alloc ? new AllocationSampler() : null;
            allocations?.Start();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var pause = GC.GetTotalPauseDuration();
            int gen0 = GC.CollectionCount(0), gen2 = GC.CollectionCount(2);
            long allocated = GC.GetTotalAllocatedBytes();
            var sw = Stopwatch.StartNew();
            long bytes = 0, claims = 0, done = 0;
            int docs = 0;
            // the working set sampled through the run, by quarter of the corpus: flat quarters show streaming
            var quarters = new long[4];
            using var sampler = new Timer(_ =>
            {
                int q = (int)Math.Min(3, 4 * Interlocked.Read(ref done) / Math.Max(1, written));
                long ws = Environment.WorkingSet;
                if (ws > quarters[q]) quarters[q] = ws;
            }, null, 0, 20);
            foreach (var r in run.Run([dir], new Dictionary<string, Outflow.Core.Documents.DocumentMeta>()))
            {
                docs++;
                claims += r.Claims.Count;
                if (r.Path.Length > 0) Interlocked.Add(ref done, new FileInfo(r.Path).Length);
            }
            sw.Stop();
            allocations?.Stop();
            sampler.Change(Timeout.Infinite, Timeout.Infinite);
            foreach (var f in Directory.EnumerateFiles(dir)) bytes += new FileInfo(f).Length;
            var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            var proc = Process.GetCurrentProcess();
            double mbRead = bytes / 1048576.0;
            var t = new Table().Border(TableBorder.Rounded).Title("outflow bench extract (one thread)");
            t.AddColumn("measure"); t.AddColumn("value");
            t.AddRow("corpus", $"{mbRead:0.0} MB in {docs:N0} documents ({sources.Count} distinct)");
            t.AddRow("claims", $"{claims:N0}");
            t.AddRow("start-up (knowledge, compiling the rules)", $"{startup.Elapsed.TotalSeconds:0.00} s, once, not counted below");
            t.AddRow("wall time", $"{sw.Elapsed.TotalSeconds:0.00} s");
            t.AddRow("CPU time", $"{cpuUsed.TotalSeconds:0.00} s");
            t.AddRow("[bold]throughput[/]", $"[bold]{mbRead / sw.Elapsed.TotalSeconds:0.0} MB/s[/] wall, {mbRead / cpuUsed.TotalSeconds:0.0} MB/s per CPU-second");
            t.AddRow("[bold]peak working set[/]", $"[bold]{proc.PeakWorkingSet64 / 1048576.0:0} MB[/]");
            t.AddRow("working set by quarter of the corpus", string.Join(" · ", quarters.Select(q => $"{q / 1048576.0:0} MB")));
            t.AddRow("allocated", $"{(GC.GetTotalAllocatedBytes() - allocated) / 1048576.0:N0} MB ({(GC.GetTotalAllocatedBytes() - allocated) / (double)bytes:0.0} bytes per byte read)");
            t.AddRow("GC pauses", $"{(GC.GetTotalPauseDuration() - pause).TotalSeconds:0.00} s in {GC.CollectionCount(0) - gen0} collections, {GC.CollectionCount(2) - gen2} of them full");
            t.AddRow("managed heap after run", $"{GC.GetTotalMemory(false) / 1048576.0:0} MB");
            console.Write(t);
            if (stages) WriteStages(console, cpuUsed.TotalSeconds);
            if (allocations is not null)
            {
                var a = new Table().Border(TableBorder.Rounded).Title("allocations by type (sampled every ~100 KB)");
                a.AddColumn("type"); a.AddColumn(new TableColumn("MB").RightAligned());
                foreach (var (type, b) in allocations.Top(25)) a.AddRow(Markup.Escape(type), $"{b / 1048576.0:N0}");
                console.Write(a);
            }
            return 0;
        }
        finally
        {
            if (workDir is null) try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }

    private static void WriteStages(IAnsiConsole console, double cpuSeconds)
    {
        StageClock.Enabled = false;
        var t = new Table().Border(TableBorder.Rounded).Title("time by stage (Heads to Details are per figure, inside the claim builder)");
        t.AddColumn("stage"); t.AddColumn(new TableColumn("seconds").RightAligned()); t.AddColumn(new TableColumn("share of CPU").RightAligned());
        foreach (var (stage, seconds) in StageClock.Totals())
            t.AddRow(stage, $"{seconds:0.00}", $"{100 * seconds / cpuSeconds:0.0}%");
        console.Write(t);
    }
}
