using System.Diagnostics.Tracing;

namespace Outflow.Cli.Bench;

/// <summary>
/// Samples the runtime's allocation ticks (one event per ~100 KB allocated) in-process and totals them by type:
/// `bench extract --alloc` shows which types the extraction allocates most.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private readonly Dictionary<string, long> _bytes = new();
    private readonly object _gate = new();
    private bool _on;

    public void Start() => _on = true;

    public void Stop() => _on = false;

    protected override void OnEventSourceCreated(EventSource source)
    {
        // keyword 0x1: GC events, Verbose for AllocationTick
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_on || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null) return;
        int typeAt = e.PayloadNames?.IndexOf("TypeName") ?? -1;
        int amountAt = e.PayloadNames?.IndexOf("AllocationAmount64") ?? -1;
        if (typeAt < 0 || amountAt < 0) return;
        var type = e.Payload[typeAt] as string ?? "?";
        long amount = Convert.ToInt64(e.Payload[amountAt]);
        lock (_gate) _bytes[type] = _bytes.GetValueOrDefault(type) + amount;
    }

    public IEnumerable<(string Type, long Bytes)> Top(int n)
    {
        lock (_gate) return _bytes.OrderByDescending(kv => kv.Value).Take(n).Select(kv => (kv.Key, kv.Value)).ToList();
    }
}
