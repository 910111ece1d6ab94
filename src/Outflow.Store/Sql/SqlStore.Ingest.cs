using Outflow.Core.Claims;
using Outflow.Store.Model;

namespace Outflow.Store.Sql;

public sealed partial class SqlStore
{
    public async Task<IReadOnlySet<string>> KnownHashesAsync(IReadOnlyCollection<string> hashes, CancellationToken ct = default) =>
        await Guard("cannot read", async c =>
        {
            var known = new HashSet<string>(StringComparer.Ordinal);
            await using var cmd = Db.Command(c, "SELECT 1 FROM documents WHERE content_hash = @h");
            var p = Db.Param(cmd, "@h", "");
            foreach (var h in hashes)
            {
                p.Value = h;
                if (await cmd.ExecuteScalarAsync(ct) is not null and not DBNull) known.Add(h);
            }
            return (IReadOnlySet<string>)known;
        }, ct);

    public async Task<IReadOnlyList<IngestOutcome>> IngestAsync(
        IReadOnlyList<(DocumentInput Document, IReadOnlyList<Claim> Claims)> batch, string extractorVersion, CancellationToken ct = default) =>
        await Guard("cannot write to", async c =>
        {
            var outcomes = new List<IngestOutcome>(batch.Count);
            await using var tx = await c.BeginTransactionAsync(ct);
            await using var writer = new ClaimWriter(c, tx, extractorVersion);
            var now = DateTimeOffset.UtcNow.ToString("o");
            foreach (var (doc, claims) in batch)
            {
                long? id = null;
                string? storedHash = null;
                await using (var find = Db.Command(c, "SELECT id, content_hash FROM documents WHERE doc = @doc", tx))
                {
                    Db.Param(find, "@doc", doc.Doc);
                    await using var r = await find.ExecuteReaderAsync(ct);
                    if (await r.ReadAsync(ct)) { id = Convert.ToInt64(r.GetValue(0)); storedHash = r.GetString(1); }
                }
                if (storedHash == doc.ContentHash
                    || (id is null && await Db.ScalarAsync(c, tx, "SELECT 1 FROM documents WHERE content_hash = @h", ct, ("@h", doc.ContentHash)) is not null))
                {
                    // the same content is already here, under this name or another: nothing to add
                    outcomes.Add(IngestOutcome.Unchanged);
                    continue;
                }
                (string, object?)[] fields =
                [
                    ("@doc", doc.Doc), ("@hash", doc.ContentHash), ("@path", doc.Path), ("@url", doc.Url), ("@title", doc.Title),
                    ("@published", doc.Published?.ToString()), ("@text", doc.Text), ("@bytes", doc.Bytes), ("@at", now), ("@version", extractorVersion),
                ];
                if (id is null)
                {
                    id = Convert.ToInt64(await Db.ScalarAsync(c, tx,
                        "INSERT INTO documents (doc, content_hash, path, url, title, published, text, bytes, ingested_at, extractor_version) " +
                        "VALUES (@doc, @hash, @path, @url, @title, @published, @text, @bytes, @at, @version) RETURNING id", ct, fields));
                    outcomes.Add(IngestOutcome.New);
                }
                else
                {
                    // the same name with new content: the document is replaced, its reviews stay and re-attach by span
                    await Db.ExecAsync(c, tx,
                        "UPDATE documents SET content_hash = @hash, path = @path, url = @url, title = @title, published = @published, text = @text, " +
                        "bytes = @bytes, ingested_at = @at, extractor_version = @version WHERE doc = @doc", ct, fields);
                    await Db.ExecAsync(c, tx, "DELETE FROM claims WHERE document_id = @id", ct, ("@id", id));
                    outcomes.Add(IngestOutcome.Updated);
                }
                await writer.WriteAsync(id.Value, doc.Doc, claims, ct);
            }
            if (outcomes.Any(o => o != IngestOutcome.Unchanged)) await BumpRevisionAsync(c, tx, ct);
            await tx.CommitAsync(ct);
            return (IReadOnlyList<IngestOutcome>)outcomes;
        }, ct);

    public async Task ReplaceClaimsAsync(IReadOnlyList<(string Doc, IReadOnlyList<Claim> Claims)> batch, string extractorVersion, CancellationToken ct = default) =>
        await Guard("cannot write to", async c =>
        {
            await using var tx = await c.BeginTransactionAsync(ct);
            await using var writer = new ClaimWriter(c, tx, extractorVersion);
            foreach (var (doc, claims) in batch)
            {
                if (await Db.ScalarAsync(c, tx, "SELECT id FROM documents WHERE doc = @doc", ct, ("@doc", doc)) is not { } found)
                    throw new KeyNotFoundException($"no document '{doc}' in the store");
                var id = Convert.ToInt64(found);
                await Db.ExecAsync(c, tx, "DELETE FROM claims WHERE document_id = @id", ct, ("@id", id));
                await Db.ExecAsync(c, tx, "UPDATE documents SET extractor_version = @v WHERE id = @id", ct, ("@v", extractorVersion), ("@id", id));
                await writer.WriteAsync(id, doc, claims, ct);
            }
            await BumpRevisionAsync(c, tx, ct);
            await tx.CommitAsync(ct);
            return 0;
        }, ct);
}
