using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Outflow.Store.Model;

namespace Outflow.Store.Sql;

/// <summary>How a review maps to the reviews table.</summary>
internal static class ReviewRows
{
    public const string Select = "SELECT id, claim_id, at, by, action, changes, note FROM reviews";

    public static Review Read(DbDataReader r) => new(
        Convert.ToInt64(r.GetValue(0)), r.GetString(1),
        DateTimeOffset.Parse(r.GetString(2), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        r.GetString(3),
        Enum.TryParse<ReviewAction>(r.GetString(4), true, out var a) ? a : ReviewAction.Set,
        JsonSerializer.Deserialize<Dictionary<string, string?>>(r.GetString(5)) ?? [],
        Db.Str(r, 6));

    public static string ChangesJson(IReadOnlyDictionary<string, string?> changes) =>
        JsonSerializer.Serialize(changes.ToDictionary(kv => kv.Key.Trim().ToLowerInvariant(), kv => kv.Value));

    public static async Task<Dictionary<string, List<Review>>> ForDocumentAsync(DbConnection c, DbTransaction? tx, string doc, CancellationToken ct)
    {
        var result = new Dictionary<string, List<Review>>(StringComparer.Ordinal);
        await using var cmd = Db.Command(c, Select + " WHERE doc = @doc ORDER BY id", tx);
        Db.Param(cmd, "@doc", doc);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            var review = Read(r);
            if (!result.TryGetValue(review.ClaimId, out var list)) result[review.ClaimId] = list = [];
            list.Add(review);
        }
        return result;
    }
}
