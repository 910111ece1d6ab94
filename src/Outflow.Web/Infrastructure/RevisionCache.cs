using Outflow.Store;
using Outflow.Store.Model;

namespace Outflow.Web.Infrastructure;

/// <summary>
/// The store's counts and revision, re-read at most every half second: the revision is the ETag of every read,
/// so a burst of requests does not cost a query each. A review through this server refreshes it at once.
/// </summary>
public sealed class RevisionCache(IEvidenceStore store)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMilliseconds(500);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (StoreCounts Counts, DateTime At)? _current;

    public async Task<StoreCounts> GetAsync(CancellationToken ct)
    {
        if (_current is { } c && DateTime.UtcNow - c.At < MaxAge) return c.Counts;
        await _gate.WaitAsync(ct);
        try
        {
            if (_current is { } again && DateTime.UtcNow - again.At < MaxAge) return again.Counts;
            var counts = await store.CountsAsync(ct);
            _current = (counts, DateTime.UtcNow);
            return counts;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Invalidate() => _current = null;
}
