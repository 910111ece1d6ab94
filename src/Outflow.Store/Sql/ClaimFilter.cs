using System.Data.Common;
using System.Text;
using Outflow.Core.Claims;
using Outflow.Store.Model;

namespace Outflow.Store.Sql;

/// <summary>Turns a <see cref="ClaimQuery"/> into a parameterised WHERE and a whitelisted ORDER BY.</summary>
internal static class ClaimFilter
{
    private static readonly Dictionary<string, string> SortColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["to"] = "c.to_last", ["from"] = "c.from_date", ["low"] = "c.low", ["high"] = "c.high", ["measure"] = "c.measure",
        ["origin"] = "c.origin", ["destination"] = "c.destination", ["doc"] = "c.doc", ["source"] = "c.source",
        ["confidence"] = "c.confidence", ["status"] = "c.status", ["text"] = "c.text",
    };

    public static string Where(ClaimQuery q, DbCommand cmd)
    {
        var sb = new StringBuilder(" WHERE 1 = 1");
        void Eq(string column, string name, object? value)
        {
            if (value is null) return;
            sb.Append($" AND {column} = {name}");
            Db.Param(cmd, name, value);
        }
        Eq("c.origin", "@f_origin", q.Origin?.ToUpperInvariant());
        Eq("c.destination", "@f_destination", q.Destination?.ToUpperInvariant());
        Eq("c.measure", "@f_measure", q.Measure is { } m ? EnumNames.Name(m) : null);
        Eq("c.population", "@f_population", q.Population is { } p ? EnumNames.Name(p) : null);
        Eq("c.status", "@f_status", q.Status is { } s ? ClaimColumns.StatusName(s) : null);
        Eq("c.doc", "@f_doc", q.Doc);
        if (q.From is { } from)
        {
            sb.Append(" AND c.to_last >= @f_from");
            Db.Param(cmd, "@f_from", ClaimColumns.Iso(from));
        }
        if (q.To is { } to)
        {
            sb.Append(" AND c.to_last <= @f_to AND c.to_last > ''");
            Db.Param(cmd, "@f_to", ClaimColumns.Iso(to));
        }
        if (!string.IsNullOrWhiteSpace(q.Source))
        {
            sb.Append(" AND lower(c.source) LIKE @f_source ESCAPE '\\'");
            Db.Param(cmd, "@f_source", Like(q.Source));
        }
        if (!string.IsNullOrWhiteSpace(q.Search))
        {
            sb.Append(" AND (lower(c.quote) LIKE @f_search ESCAPE '\\' OR lower(c.text) LIKE @f_search ESCAPE '\\' OR lower(c.source) LIKE @f_search ESCAPE '\\' OR lower(c.doc) LIKE @f_search ESCAPE '\\')");
            Db.Param(cmd, "@f_search", Like(q.Search));
        }
        return sb.ToString();
    }

    /// <summary>ORDER BY for a sort field; unknown fields are an <see cref="ArgumentException"/>. Missing values sort last on both backends.</summary>
    public static string OrderBy(string sort)
    {
        var desc = sort.StartsWith('-');
        var field = sort.TrimStart('-', '+').Trim();
        if (field.Length == 0) field = "to";
        if (!SortColumns.TryGetValue(field, out var column))
            throw new ArgumentException($"cannot sort by '{field}' (one of: {string.Join(", ", SortColumns.Keys)})");
        var dir = desc ? "DESC" : "ASC";
        // NULLS LAST on both backends (their defaults differ); SQLite can still walk an index backwards for DESC
        return $" ORDER BY {column} {dir} NULLS LAST, c.id {dir}";
    }

    /// <summary>A LIKE pattern (used with <c>ESCAPE '\'</c>) matching <paramref name="s"/> anywhere, case-insensitively; '%' and '_' match themselves.</summary>
    public static string Like(string s)
    {
        var escaped = s.Trim().ToLowerInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
        return $"%{escaped}%";
    }
}
