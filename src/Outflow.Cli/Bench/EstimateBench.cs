using System.Diagnostics;
using Outflow.Estimation;
using Outflow.Estimation.Options;
using Spectre.Console;

namespace Outflow.Cli.Bench;

/// <summary>`outflow bench estimate --claims N`: generates N synthetic claims in memory, then times one estimate over them.</summary>
public static class EstimateBench
{
    public static int Run(int count, IAnsiConsole console)
    {
        if (count <= 0) { Console.Error.WriteLine("error: --claims must be positive"); return 2; }
        var claims = SyntheticClaims.Generate(count).ToList();
        // warm up: let tiered compilation reach optimised code before timing
        var warm = SyntheticClaims.Generate(20_000, seed: 7).ToList();
        for (var i = 0; i < 5; i++) { Estimator.Estimate(warm, new EstimateOptions()); Thread.Sleep(100); }
        GC.Collect();
        var proc = Process.GetCurrentProcess();
        var cpu = proc.TotalProcessorTime;
        var pause = GC.GetTotalPauseDuration();
        var collections = GC.CollectionCount(0);
        var full = GC.CollectionCount(2);
        var sw = Stopwatch.StartNew();
        var report = Estimator.Estimate(claims, new EstimateOptions());
        sw.Stop();

        proc.Refresh();
        var cpuUsed = proc.TotalProcessorTime - cpu;
        var t = new Table().Border(TableBorder.Rounded).Title("outflow bench estimate (one thread)");
        t.AddColumn("measure"); t.AddColumn("value");
        t.AddRow("claims", $"{count:N0} synthetic (5 origins x 30 destinations x 3 baselines)");
        t.AddRow("series", $"{report.Series.Count:N0}");
        t.AddRow("facts", $"{report.Series.Sum(s => s.Facts.Count):N0}");
        t.AddRow("band points", $"{report.Series.Sum(s => s.Band.Count):N0}");
        t.AddRow("conflicts", $"{report.Series.Sum(s => s.Conflicts.Count):N0}");
        t.AddRow("[bold]wall time[/]", $"[bold]{sw.Elapsed.TotalSeconds:0.00} s[/]");
        t.AddRow("CPU time", $"{cpuUsed.TotalSeconds:0.00} s");
        t.AddRow("throughput", $"{count / sw.Elapsed.TotalSeconds:N0} claims/s");
        t.AddRow("GC pauses", $"{(GC.GetTotalPauseDuration() - pause).TotalSeconds:0.00} s in {GC.CollectionCount(0) - collections} collections, {GC.CollectionCount(2) - full} of them full");
        t.AddRow("peak working set", $"{proc.PeakWorkingSet64 / 1048576.0:0} MB");
        console.Write(t);
        return 0;
    }
}
