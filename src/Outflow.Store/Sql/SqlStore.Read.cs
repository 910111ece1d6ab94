using System.Data.Common;
using System.Globalization;
using Outflow.Core.Dates;
using Outflow.Store.Model;

namespace Outflow.Store.Sql;

public sealed partial class SqlStore
{
    private const string DocumentColumns =
        "d.doc, d.content_hash, d.path, d.url, d.title, d.published, d.text, d.bytes, d.ingested_at, d.extractor_version, " +
        "(SELECT count(*) FROM claims c WHERE c.document_id = d.id)";

    private const string ClaimFrom = " FROM claims c JOIN documents d ON d.id = c.document_id";

    public async Task<StoredDocument?> GetDocumentAsync(string doc, CancellationToken ct = default) => await Guard("cannot read", async c =>
    {
        await using var cmd = Db.Command(c, $"SELECT {DocumentColumns} FROM documents d WHERE d.doc = @doc");
        Db.Param(cmd, "@doc", doc);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct) ? ReadDocument(r) : null;
    }, ct);

    public IAsyncEnumerable<StoredDocument> DocumentsAsync(string? notExtractorVersion = null, CancellationToken ct = default) =>
        GuardStream("cannot read", c =>
        {
            var cmd = Db.Command(c, $"SELECT {DocumentColumns} FROM documents d" + (notExtractorVersion is null ? "" : " WHERE d.extractor_version <> @v") + " ORDER BY d.id");
            if (notExtractorVersion is not null) Db.Param(cmd, "@v", notExtractorVersion);
            return cmd;
        }, ReadDocument, ct);

    public async Task<Page<DocumentSummary>> ListDocumentsAsync(string? search, int offset, int limit, CancellationToken ct = default) =>
        await Guard("cannot read", async c =>
        {
            var where = string.IsNullOrWhiteSpace(search) ? "" : " WHERE lower(d.doc) LIKE @s ESCAPE '\\' OR lower(d.title) LIKE @s ESCAPE '\\'";
            object? like = string.IsNullOrWhiteSpace(search) ? null : ClaimFilter.Like(search);
            var total = Convert.ToInt64(await Db.ScalarAsync(c, null, "SELECT count(*) FROM documents d" + where, ct, ("@s", like)));
            var items = new List<DocumentSummary>();
            await using var cmd = Db.Command(c,
                "SELECT d.doc, d.url, d.title, d.published, d.ingested_at, (SELECT count(*) FROM claims c WHERE c.document_id = d.id) FROM documents d" +
                where + " ORDER BY d.published IS NULL, d.published DESC, d.doc LIMIT @limit OFFSET @offset");
            Db.Param(cmd, "@s", like);
            Db.Param(cmd, "@limit", (long)limit);
            Db.Param(cmd, "@offset", (long)offset);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
                items.Add(new DocumentSummary(r.GetString(0), Db.Str(r, 1), Db.Str(r, 2), Date(Db.Str(r, 3)), Instant(r.GetString(4)), Convert.ToInt32(r.GetValue(5))));
            return new Page<DocumentSummary>(total, offset, limit, items);
        }, ct);

    public async Task<Page<StoredClaim>> QueryClaimsAsync(ClaimQuery query, CancellationToken ct = default)
    {
        var order = ClaimFilter.OrderBy(query.Sort);
        return await Guard("cannot read", async c =>
        {
            long total;
            await using (var count = Db.Command(c, ""))
            {
                count.CommandText = "SELECT count(*) FROM claims c" + ClaimFilter.Where(query, count);
                total = Convert.ToInt64(await count.ExecuteScalarAsync(ct));
            }
            var items = new List<StoredClaim>();
            await using var cmd = Db.Command(c, "");
            // the page's ids are found and sorted first, then only those rows are read whole: sorting thousands of
            // matches with their quotes and original JSON attached costs far more than sorting ids
            cmd.CommandText = $"WITH page AS (SELECT c.id FROM claims c{ClaimFilter.Where(query, cmd)}{order} LIMIT @limit OFFSET @offset) " +
                $"SELECT {ClaimColumns.Select} FROM page p JOIN claims c ON c.id = p.id JOIN documents d ON d.id = c.document_id{order}";
            Db.Param(cmd, "@limit", (long)query.Limit);
            Db.Param(cmd, "@offset", (long)query.Offset);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) items.Add(ClaimColumns.Read(r));
            return new Page<StoredClaim>(total, query.Offset, query.Limit, items);
        }, ct);
    }

    public IAsyncEnumerable<StoredClaim> StreamClaimsAsync(ClaimQuery query, CancellationToken ct = default)
    {
        var order = query.Sort is "-to" or "" ? " ORDER BY c.document_id, c.seq" : ClaimFilter.OrderBy(query.Sort);
        return GuardStream("cannot read", c =>
        {
            var cmd = Db.Command(c, "");
            cmd.CommandText = $"SELECT {ClaimColumns.Select}{ClaimFrom}{ClaimFilter.Where(query, cmd)}{order}";
            return cmd;
        }, ClaimColumns.Read, ct);
    }

    public async Task<ClaimDetail?> GetClaimAsync(string claimId, CancellationToken ct = default) =>
        await Guard("cannot read", c => ReadDetailAsync(c, null, claimId, ct), ct);

    private static async Task<ClaimDetail?> ReadDetailAsync(DbConnection c, DbTransaction? tx, string claimId, CancellationToken ct)
    {
        StoredClaim stored;
        DocumentSummary document;
        string text;
        await using (var cmd = Db.Command(c,
            $"SELECT {ClaimColumns.Select}, d.url, d.ingested_at, d.text, (SELECT count(*) FROM claims x WHERE x.document_id = d.id)" +
            $"{ClaimFrom} WHERE c.id = @id", tx))
        {
            Db.Param(cmd, "@id", claimId);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            if (!await r.ReadAsync(ct)) return null;
            stored = ClaimColumns.Read(r);
            document = new DocumentSummary(stored.Claim.Doc, Db.Str(r, 24), stored.DocumentTitle, stored.Published, Instant(r.GetString(25)), Convert.ToInt32(r.GetValue(27)));
            text = r.GetString(26);
        }
        var history = new List<Review>();
        await using (var cmd = Db.Command(c, ReviewRows.Select + " WHERE claim_id = @id ORDER BY id", tx))
        {
            Db.Param(cmd, "@id", claimId);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) history.Add(ReviewRows.Read(r));
        }
        return new ClaimDetail(stored, document, text, history);
    }

    private static StoredDocument ReadDocument(DbDataReader r) => new(
        r.GetString(0), r.GetString(1), Db.Str(r, 2), Db.Str(r, 3), Db.Str(r, 4), Date(Db.Str(r, 5)), r.GetString(6),
        Convert.ToInt64(r.GetValue(7)), Instant(r.GetString(8)), r.GetString(9), Convert.ToInt32(r.GetValue(10)));

    private static PartialDate? Date(string? s) => PartialDate.TryParse(s, out var d) ? d : null;

    private static DateTimeOffset Instant(string s) => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
