using Outflow.Core.Claims;
using Outflow.Store.Model;

namespace Outflow.Store;

/// <summary>
/// The evidence store: documents, the claims extracted from them and the reviews of those claims.
/// One contract, two backends (embedded SQLite and a PostgreSQL server) that behave the same.
/// </summary>
/// <remarks>
/// Writes are transactional per call: a batch of documents lands with all its claims or not at all,
/// so a killed ingest leaves a consistent store and a re-run completes it.
/// Reviews are append-only; a claim's extractor original is never overwritten by a review.
/// </remarks>
public interface IEvidenceStore : IAsyncDisposable
{
    /// <summary>"sqlite" or "postgres".</summary>
    string Backend { get; }

    /// <summary>Where the store is, for messages (file path, or host and database; never a password).</summary>
    string Location { get; }

    /// <summary>The content hashes among <paramref name="hashes"/> that are already stored.</summary>
    Task<IReadOnlySet<string>> KnownHashesAsync(IReadOnlyCollection<string> hashes, CancellationToken ct = default);

    /// <summary>Stores a batch of documents with their claims in one transaction.</summary>
    Task<IReadOnlyList<IngestOutcome>> IngestAsync(
        IReadOnlyList<(DocumentInput Document, IReadOnlyList<Claim> Claims)> batch, string extractorVersion, CancellationToken ct = default);

    /// <summary>Replaces a stored document's claims with a newer extractor's, keeping reviews attached by span.</summary>
    Task ReplaceClaimsAsync(IReadOnlyList<(string Doc, IReadOnlyList<Claim> Claims)> batch, string extractorVersion, CancellationToken ct = default);

    /// <summary>Documents whose claims came from an extractor version other than <paramref name="extractorVersion"/> (all when null).</summary>
    IAsyncEnumerable<StoredDocument> DocumentsAsync(string? notExtractorVersion = null, CancellationToken ct = default);

    Task<StoredDocument?> GetDocumentAsync(string doc, CancellationToken ct = default);

    Task<Page<DocumentSummary>> ListDocumentsAsync(string? search, int offset, int limit, CancellationToken ct = default);

    Task<Page<StoredClaim>> QueryClaimsAsync(ClaimQuery query, CancellationToken ct = default);

    /// <summary>Every claim that matches, streamed in a stable order (for exports and estimates).</summary>
    IAsyncEnumerable<StoredClaim> StreamClaimsAsync(ClaimQuery query, CancellationToken ct = default);

    Task<ClaimDetail?> GetClaimAsync(string claimId, CancellationToken ct = default);

    /// <summary>Appends a review and updates what reads show. Throws <see cref="ArgumentException"/> for an unknown field or bad value.</summary>
    Task<ClaimDetail> ReviewAsync(ReviewRequest review, CancellationToken ct = default);

    Task<StoreCounts> CountsAsync(CancellationToken ct = default);

    /// <summary>
    /// Brings the query planner's statistics up to date; call it after an ingest run that changed much (the
    /// ingest command does). Listings over a large store can pick a slow index without them.
    /// </summary>
    Task RefreshStatisticsAsync(CancellationToken ct = default);

    /// <summary>The store revision alone: it grows with every write (ingest, review), so it tags what reads show. One row, no counting.</summary>
    Task<long> RevisionAsync(CancellationToken ct = default);

    /// <summary>Origins that have claims, with their claim counts.</summary>
    Task<IReadOnlyList<(string Origin, long Claims)>> OriginsAsync(CancellationToken ct = default);
}
