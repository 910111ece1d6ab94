using Outflow.Core.Claims;
using Outflow.Core.Dates;

namespace Outflow.Store.Model;

/// <summary>Builds a <see cref="ClaimQuery"/> from text filters (CLI options, API query strings); a bad value is an <see cref="ArgumentException"/> naming the filter.</summary>
public static class ClaimQueryParser
{
    public static ClaimQuery Parse(string? origin, string? destination, string? measure, string? population, string? from, string? to,
        string? source, string? search, string? status)
    {
        return new ClaimQuery
        {
            Origin = Code("origin", origin), Destination = Code("destination", destination),
            Measure = Enum<Measure>("measure", measure), Population = Enum<Population>("population", population),
            From = Date("from", from, first: true), To = Date("to", to, first: false),
            Source = Text("source", source), Search = Text("search", search),
            Status = status is null or "" ? null
                : System.Enum.TryParse<ClaimStatus>(status, true, out var s) && System.Enum.IsDefined(s) ? s
                : throw new ArgumentException($"status: '{status}' is not one of unreviewed, accepted, rejected, corrected"),
        };
    }

    /// <summary>A sort: a field name, '-' first for descending; blank is the default (newest first).</summary>
    public static string Sort(string? sort)
    {
        if (string.IsNullOrWhiteSpace(sort)) return "-to";
        try
        {
            Sql.ClaimFilter.OrderBy(sort.Trim()); // the one place that knows the sortable fields
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException($"sort: {ex.Message}", ex);
        }
        return sort.Trim();
    }

    private static string? Code(string name, string? v) =>
        TryCode(v, out var code) ? code : throw new ArgumentException($"{name}: '{v}' is not a country or group code");

    /// <summary>Normalises a country or group code filter (upper case, letters and '_', at most 20); blank is no filter (null).</summary>
    public static bool TryCode(string? v, out string? code)
    {
        code = null;
        if (string.IsNullOrWhiteSpace(v)) return true;
        var s = v.Trim().ToUpperInvariant();
        if (s.Length > 20 || !s.All(c => c is (>= 'A' and <= 'Z') or '_')) return false;
        code = s;
        return true;
    }

    private static T? Enum<T>(string name, string? v) where T : struct, System.Enum
    {
        if (string.IsNullOrWhiteSpace(v)) return null;
        return EnumNames.TryParse<T>(v, out var r) && System.Enum.IsDefined(r) && !int.TryParse(v, out _)
            ? r
            : throw new ArgumentException($"{name}: '{v}' is not valid (one of: {string.Join(", ", System.Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))})");
    }

    private static DateOnly? Date(string name, string? v, bool first)
    {
        if (string.IsNullOrWhiteSpace(v)) return null;
        return PartialDate.TryParse(v, out var d) ? (first ? d.First : d.Last) : throw new ArgumentException($"{name}: '{v}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
    }

    private static string? Text(string name, string? v) =>
        string.IsNullOrWhiteSpace(v) ? null : v.Length <= 200 ? v : throw new ArgumentException($"{name}: at most 200 characters");
}
