using System.Collections.Concurrent;
using System.Text.Json;
using Outflow.Estimation;
using Outflow.Estimation.Options;
using Outflow.Estimation.Report;
using Outflow.Store;
using Outflow.Web.Infrastructure;

namespace Outflow.Web.Estimates;

/// <summary>
/// Estimates over the store. One report is computed per store revision, origin and as-of date and kept until the
/// store changes, so readers share one computation; an answer for one destination is that report's series for it
/// (series never mix destinations, so this is what estimating that destination alone gives). Serialised answers
/// are kept per revision as well.
/// </summary>
public sealed class EstimateService(IEvidenceStore store, RevisionCache revisions)
{
    // a report over a large store can take hundreds of megabytes: few are kept (origins x as-of dates); serialised
    // answers are small and many
    private const int MaxReports = 16;
    private const int MaxAnswers = 256;
    private readonly ConcurrentDictionary<(long Revision, string? Origin, DateOnly? AsOf), Lazy<Task<EstimateReport>>> _reports = new();
    private readonly ConcurrentDictionary<(long Revision, string? Origin, string? Destination, DateOnly? AsOf, EstimateDetail Detail), byte[]> _json = new();

    /// <summary>The report for an origin (null = every origin), every destination included.</summary>
    public async Task<EstimateReport> GetAsync(string? origin, DateOnly? asOf, CancellationToken ct)
    {
        var revision = await revisions.GetAsync(ct);
        Evict(revision);
        var key = (revision, origin, asOf);
        var lazy = _reports.GetOrAdd(key, k => new Lazy<Task<EstimateReport>>(() => ComputeAsync(k.Origin, k.AsOf)));
        try
        {
            return await lazy.Value.WaitAsync(ct);
        }
        catch when (lazy.Value.IsFaulted)
        {
            _reports.TryRemove(key, out _);
            throw;
        }
    }

    /// <summary>The report for an origin narrowed to one destination's series and waves (null = all of them).</summary>
    public async Task<EstimateReport> GetAsync(string? origin, string? destination, DateOnly? asOf, CancellationToken ct) =>
        ForDestination(await GetAsync(origin, asOf, ct), destination);

    /// <summary>The answer of /api/estimates as UTF-8 JSON: a <see cref="SummaryReport"/>, the compact report or the whole one.</summary>
    public async Task<byte[]> GetJsonAsync(string? origin, string? destination, DateOnly? asOf, EstimateDetail detail, CancellationToken ct)
    {
        var revision = await revisions.GetAsync(ct);
        var key = (revision, origin, destination, asOf, detail);
        if (_json.TryGetValue(key, out var cached)) return cached;
        var report = await GetAsync(origin, destination, asOf, ct);
        var json = detail switch
        {
            EstimateDetail.Summary => JsonSerializer.SerializeToUtf8Bytes(SummaryReport.Of(report), EstimateJson.Options),
            EstimateDetail.Full => JsonSerializer.SerializeToUtf8Bytes(CompactReport.Trim(report), EstimateJson.Options),
            _ => JsonSerializer.SerializeToUtf8Bytes(report, EstimateJson.Options),
        };
        if (_json.Count < MaxAnswers) _json.TryAdd(key, json);
        return json;
    }

    internal static EstimateReport ForDestination(EstimateReport report, string? destination) =>
        destination is null
            ? report
            : report with
            {
                Options = report.Options with { Destination = destination },
                Series = report.Series.Where(s => string.Equals(s.Destination, destination, StringComparison.OrdinalIgnoreCase)).ToList(),
                Waves = report.Waves.Where(w => string.Equals(w.Destination, destination, StringComparison.OrdinalIgnoreCase)).ToList(),
            };

    private void Evict(long revision)
    {
        foreach (var old in _reports.Keys.Where(k => k.Revision != revision)) _reports.TryRemove(old, out _);
        foreach (var old in _json.Keys.Where(k => k.Revision != revision)) _json.TryRemove(old, out _);
        if (_reports.Count > MaxReports) _reports.Clear();
    }

    private async Task<EstimateReport> ComputeAsync(string? origin, DateOnly? asOf)
    {
        var evidence = await StoreEvidence.LoadAsync(store, origin, CancellationToken.None);
        return Estimator.Estimate(evidence, new EstimateOptions { Origin = origin, AsOf = asOf });
    }
}
