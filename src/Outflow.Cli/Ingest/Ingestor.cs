using System.Security.Cryptography;
using Outflow.Core.Claims;
using Outflow.Core.Documents;
using Outflow.Extraction.Pipeline;
using Outflow.Extraction.Text;
using Outflow.Store;
using Outflow.Store.Model;

namespace Outflow.Cli.Ingest;

/// <summary>
/// Reads, hashes, extracts and stores documents in batches: one transaction per batch, so a killed run keeps
/// every finished batch and a re-run skips them by content hash. Memory is bounded by the batch size.
/// </summary>
public sealed class Ingestor(IEvidenceStore store, ClaimExtractor extractor, DocumentReader reader)
{
    /// <summary>Documents per transaction.</summary>
    public int BatchDocuments { get; init; } = 200;

    /// <summary>Clean text per transaction, in characters, whichever limit comes first.</summary>
    public long BatchChars { get; init; } = 16L * 1024 * 1024;

    /// <summary>Documents extracted at once.</summary>
    public int Jobs { get; init; } = 1;

    private (DocumentInput? Doc, IReadOnlyList<Claim> Claims, string? Error) Extract(string path, byte[] bytes, string hash, IReadOnlyDictionary<string, DocumentMeta> meta)
    {
        var name = Path.GetFileName(path);
        var read = reader.Read(name, bytes, meta.GetValueOrDefault(name));
        if (!read.Success) return (null, [], $"{path}: {read.Error}");
        var doc = read.Document!;
        try
        {
            var claims = extractor.Extract(doc);
            return (new DocumentInput(name, hash, Path.GetFullPath(path), doc.Url, doc.Title, doc.Published, doc.Text, bytes.Length), claims, null);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return (null, [], $"{path}: extraction failed: {ex.GetType().Name}: {ex.Message}");
        }
    }

    public async Task RunAsync(IReadOnlyList<string> files, IReadOnlyDictionary<string, DocumentMeta> meta, IngestSummary summary,
        Action<int>? progress = null, CancellationToken ct = default)
    {
        var batch = new List<(DocumentInput, IReadOnlyList<Claim>)>();
        long chars = 0;
        for (var start = 0; start < files.Count; start += BatchDocuments)
        {
            var chunk = files.Skip(start).Take(BatchDocuments).ToList();
            var hashed = new List<(string Path, byte[] Bytes, string Hash)>();
            foreach (var path in chunk)
            {
                if (reader.TryReadBytes(path, out var bytes, out var error)) hashed.Add((path, bytes!, Convert.ToHexStringLower(SHA256.HashData(bytes!))));
                else summary.Failures.Add($"{path}: {error}");
            }
            var known = await store.KnownHashesAsync(hashed.Select(h => h.Hash).ToList(), ct);
            var fresh = new List<(string Path, byte[] Bytes, string Hash)>();
            foreach (var h in hashed)
                if (known.Contains(h.Hash)) summary.Unchanged++;
                else fresh.Add(h);
            // read and extract the chunk's new documents side by side; they are stored in input order
            var extracted = new (DocumentInput? Doc, IReadOnlyList<Claim> Claims, string? Error)[fresh.Count];
            Parallel.For(0, fresh.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Jobs), CancellationToken = ct },
                i => extracted[i] = Extract(fresh[i].Path, fresh[i].Bytes, fresh[i].Hash, meta));
            foreach (var (doc, claims, error) in extracted)
            {
                if (doc is null) { summary.Failures.Add(error!); continue; }
                batch.Add((doc, claims));
                chars += doc.Text.Length;
                if (batch.Count >= BatchDocuments || chars >= BatchChars) { await FlushAsync(batch, summary, ct); chars = 0; }
            }
            progress?.Invoke(chunk.Count);
        }
        await FlushAsync(batch, summary, ct);
        if (summary.New + summary.Updated > 0) await store.RefreshStatisticsAsync(ct);
    }

    /// <summary>Re-runs the current extractor over stored documents that an older one processed; reviews stay attached by span.</summary>
    public async Task ReextractAsync(IngestSummary summary, CancellationToken ct = default)
    {
        var batch = new List<(string, IReadOnlyList<Claim>)>();
        await foreach (var d in store.DocumentsAsync(ClaimExtractor.Version, ct))
        {
            var doc = new TextDocument(d.Doc, d.Text, d.Title, d.Published, d.Url);
            try
            {
                var claims = extractor.Extract(doc);
                batch.Add((d.Doc, claims));
                summary.ClaimsAdded += claims.Count;
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                summary.Failures.Add($"{d.Doc}: extraction failed: {ex.GetType().Name}: {ex.Message}");
            }
            if (batch.Count >= BatchDocuments) { await store.ReplaceClaimsAsync(batch, ClaimExtractor.Version, ct); summary.Reextracted += batch.Count; batch.Clear(); }
        }
        if (batch.Count > 0) { await store.ReplaceClaimsAsync(batch, ClaimExtractor.Version, ct); summary.Reextracted += batch.Count; }
        if (summary.Reextracted > 0) await store.RefreshStatisticsAsync(ct);
    }

    private async Task FlushAsync(List<(DocumentInput Doc, IReadOnlyList<Claim> Claims)> batch, IngestSummary summary, CancellationToken ct)
    {
        if (batch.Count == 0) return;
        var outcomes = await store.IngestAsync(batch, ClaimExtractor.Version, ct);
        for (var i = 0; i < outcomes.Count; i++)
        {
            switch (outcomes[i])
            {
                case IngestOutcome.New: summary.New++; summary.ClaimsAdded += batch[i].Claims.Count; break;
                case IngestOutcome.Updated: summary.Updated++; summary.ClaimsAdded += batch[i].Claims.Count; break;
                default: summary.Unchanged++; break;
            }
        }
        batch.Clear();
    }
}
