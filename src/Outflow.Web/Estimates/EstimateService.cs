using System.Collections.Concurrent;
using Outflow.Estimation;
using Outflow.Estimation.Options;
using Outflow.Estimation.Report;
using Outflow.Store;
using Outflow.Web.Infrastructure;

namespace Outflow.Web.Estimates;

/// <summary>
/// Estimates over the store, computed once per store revision and request (origin, destination, as-of) and kept
/// until the store changes, so readers share one computation.
/// </summary>
public sealed class EstimateService(IEvidenceStore store, RevisionCache revisions)
{
    private readonly ConcurrentDictionary<(long Revision, string? Origin, string? Destination, DateOnly? AsOf), Lazy<Task<EstimateReport>>> _cache = new();

    public async Task<EstimateReport> GetAsync(string? origin, string? destination, DateOnly? asOf, CancellationToken ct)
    {
        var revision = (await revisions.GetAsync(ct)).Revision;
        var key = (revision, origin, destination, asOf);
        foreach (var old in _cache.Keys.Where(k => k.Revision != revision)) _cache.TryRemove(old, out _);
        if (_cache.Count > 256) _cache.Clear();
        var lazy = _cache.GetOrAdd(key, k => new Lazy<Task<EstimateReport>>(() => ComputeAsync(k.Origin, k.Destination, k.AsOf)));
        try
        {
            return await lazy.Value.WaitAsync(ct);
        }
        catch when (lazy.Value.IsFaulted)
        {
            _cache.TryRemove(key, out _);
            throw;
        }
    }

    /// <summary>The compact report (see <see cref="CompactReport"/>) as UTF-8 JSON, serialised once per store revision.</summary>
    public async Task<byte[]> GetJsonAsync(string? origin, string? destination, DateOnly? asOf, CancellationToken ct)
    {
        var report = await GetAsync(origin, destination, asOf, ct);
        return _json.GetValue(report, r => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(CompactReport.Trim(r), EstimateJson.Options));
    }

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<EstimateReport, byte[]> _json = new();

    private async Task<EstimateReport> ComputeAsync(string? origin, string? destination, DateOnly? asOf)
    {
        var evidence = await StoreEvidence.LoadAsync(store, origin, CancellationToken.None);
        return Estimator.Estimate(evidence, new EstimateOptions { Origin = origin, Destination = destination, AsOf = asOf });
    }
}
