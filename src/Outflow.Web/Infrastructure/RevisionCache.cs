using Outflow.Store;
using Outflow.Store.Model;

namespace Outflow.Web.Infrastructure;

/// <summary>
/// The store revision, re-read at most every half second: it is the ETag of every read and keys the output and
/// estimate caches, so a burst of requests does not cost a query each. Only the revision row is read (counting a
/// large store would stall every request waiting on the refresh). A review through this server refreshes it at once.
/// </summary>
public sealed class RevisionCache(IEvidenceStore store)
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMilliseconds(500);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (long Revision, DateTime At)? _current;

    public async Task<long> GetAsync(CancellationToken ct)
    {
        if (_current is { } c && DateTime.UtcNow - c.At < MaxAge) return c.Revision;
        await _gate.WaitAsync(ct);
        try
        {
            if (_current is { } again && DateTime.UtcNow - again.At < MaxAge) return again.Revision;
            var revision = await store.RevisionAsync(ct);
            _current = (revision, DateTime.UtcNow);
            return revision;
        }
        finally
        {
            _gate.Release();
        }
    }

    private StoreCounts? _counts;

    /// <summary>The store's counts, counted again only when the revision has moved.</summary>
    public async Task<StoreCounts> CountsAsync(CancellationToken ct)
    {
        var revision = await GetAsync(ct);
        if (_counts is { } known && known.Revision == revision) return known;
        var counts = await store.CountsAsync(ct);
        _counts = counts;
        return counts;
    }

    public void Invalidate() => _current = null;
}
