using System.Data.Common;
using Outflow.Core.Claims;
using Outflow.Core.Json;
using Outflow.Store.Model;
using Outflow.Store.Reviews;

namespace Outflow.Store.Sql;

/// <summary>Inserts a document's claims inside a write transaction, re-applying the reviews already recorded for the same spans.</summary>
internal sealed class ClaimWriter(DbConnection connection, DbTransaction tx, string extractorVersion) : IAsyncDisposable
{
    private DbCommand? _insert;

    public async Task WriteAsync(long documentId, string doc, IReadOnlyList<Claim> claims, CancellationToken ct)
    {
        if (claims.Count == 0) return;
        var reviews = await ReviewRows.ForDocumentAsync(connection, tx, doc, ct);
        var insert = Insert();
        Db.Set(insert, "@document_id", documentId);
        Db.Set(insert, "@doc", doc);
        Db.Set(insert, "@extractor_version", extractorVersion);
        for (var i = 0; i < claims.Count; i++)
        {
            var original = claims[i].Doc == doc ? claims[i] : claims[i] with { Doc = doc };
            var (effective, status) = reviews.TryGetValue(original.Id, out var trail)
                ? ReviewApplier.Apply(original, trail)
                : (original, ClaimStatus.Unreviewed);
            Db.Set(insert, "@id", original.Id);
            Db.Set(insert, "@seq", i);
            Db.Set(insert, "@span_start", original.Start);
            Db.Set(insert, "@span_end", original.End);
            Db.Set(insert, "@confidence", original.Confidence);
            Db.Set(insert, "@original", ClaimJson.ToJsonLine(original));
            ClaimColumns.BindEffective(insert, effective, status);
            await insert.ExecuteNonQueryAsync(ct);
        }
    }

    private DbCommand Insert()
    {
        if (_insert is not null) return _insert;
        _insert = Db.Command(connection, ClaimColumns.Insert, tx);
        ClaimColumns.AddParams(_insert, ["@id", "@document_id", "@doc", "@seq", "@span_start", "@span_end", "@confidence", "@original", "@extractor_version"]);
        ClaimColumns.AddParams(_insert, ClaimColumns.EffectiveParams);
        return _insert;
    }

    public async ValueTask DisposeAsync()
    {
        if (_insert is not null) await _insert.DisposeAsync();
    }
}
