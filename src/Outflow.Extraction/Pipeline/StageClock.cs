using System.Diagnostics;

namespace Outflow.Extraction.Pipeline;

/// <summary>
/// Where extraction time goes, by stage, for <c>outflow bench extract --stages</c>. Off by default: then each
/// probe is one branch on a static field. Not thread-safe; meant for the one-thread benchmark.
/// </summary>
public static class StageClock
{
    public enum Stage { Read, Segment, Published, Places, Anchors, Dates, Figures, Heads, Classify, PlaceResolve, Details, Attribution, Count }

    private static readonly long[] Ticks = new long[(int)Stage.Count];

    public static bool Enabled { get; set; }

    public static long Start() => Enabled ? Stopwatch.GetTimestamp() : 0;

    public static void Stop(Stage stage, long started)
    {
        if (Enabled) Ticks[(int)stage] += Stopwatch.GetTimestamp() - started;
    }

    /// <summary>Seconds spent per stage since the last reset (nested stages are not subtracted from their parent).</summary>
    public static IReadOnlyList<(string Stage, double Seconds)> Totals() =>
        Enumerable.Range(0, (int)Stage.Count).Select(i => (((Stage)i).ToString(), Ticks[i] / (double)Stopwatch.Frequency)).ToList();

    public static void Reset() => Array.Clear(Ticks);
}
