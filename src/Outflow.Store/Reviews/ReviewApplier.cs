using System.Globalization;
using Outflow.Core.Claims;
using Outflow.Core.Dates;
using Outflow.Store.Model;

namespace Outflow.Store.Reviews;

/// <summary>Replays a claim's review trail over the extractor's original to get what reads show.</summary>
public static class ReviewApplier
{
    /// <summary>Fields a reviewer may set (ANNOTATION.md names). The document and span are identity and cannot change.</summary>
    public static readonly IReadOnlyList<string> Fields =
        ["text", "quote", "measure", "unit", "per", "low", "high", "qualifier", "origin", "destination", "place", "population", "from", "to", "source"];

    public static (Claim Claim, ClaimStatus Status) Apply(Claim original, IEnumerable<Review> reviews)
    {
        var claim = original;
        var status = ClaimStatus.Unreviewed;
        var corrected = false;
        foreach (var r in reviews)
        {
            switch (r.Action)
            {
                case ReviewAction.Reject: status = ClaimStatus.Rejected; break;
                case ReviewAction.Accept: status = corrected ? ClaimStatus.Corrected : ClaimStatus.Accepted; break;
                case ReviewAction.Set:
                    foreach (var (field, value) in r.Changes) claim = Set(claim, field, value);
                    corrected = true;
                    status = ClaimStatus.Corrected;
                    break;
            }
        }
        return (claim, status);
    }

    /// <summary>Checks every change before anything is stored; the message names the field and the value.</summary>
    public static void Validate(IReadOnlyDictionary<string, string?> changes, Claim claim)
    {
        foreach (var (field, value) in changes) Set(claim, field, value);
    }

    /// <summary>Returns the claim with one field set from text; "" or "null" clears a nullable field.</summary>
    public static Claim Set(Claim c, string field, string? value)
    {
        var v = string.IsNullOrWhiteSpace(value) || value.Trim().Equals("null", StringComparison.OrdinalIgnoreCase) ? null : value.Trim();
        return field.Trim().ToLowerInvariant() switch
        {
            "text" => c with { Text = Required(field, v) },
            "quote" => c with { Quote = Required(field, v) },
            "measure" => c with { Measure = Enum<Measure>(field, Required(field, v)) },
            "unit" => c with { Unit = Enum<CountUnit>(field, Required(field, v)) },
            "per" => c with { Per = v is null ? null : Enum<Rate>(field, v) },
            "low" => c with { Low = Number(field, v) },
            "high" => c with { High = Number(field, v) },
            "qualifier" => c with { Qualifier = Enum<Qualifier>(field, Required(field, v)) },
            "origin" => c with { Origin = Code(field, v) },
            "destination" => c with { Destination = Code(field, v) },
            "place" => c with { Place = v },
            "population" => c with { Population = Enum<Population>(field, Required(field, v)) },
            "from" => c with { From = Date(field, v) },
            "to" => c with { To = Date(field, v) },
            "source" => c with { Source = v },
            _ => throw new ArgumentException($"'{field}' is not a field a review can set (one of: {string.Join(", ", Fields)})"),
        };
    }

    private static string Required(string field, string? v) => v ?? throw new ArgumentException($"'{field}' cannot be empty");

    private static T Enum<T>(string field, string v) where T : struct, System.Enum =>
        EnumNames.TryParse<T>(v, out var r) && System.Enum.IsDefined(r)
            ? r
            : throw new ArgumentException($"'{v}' is not a valid {field} (one of: {string.Join(", ", System.Enum.GetValues<T>().Select(x => NameOf(x)))})");

    private static string NameOf<T>(T value) where T : struct, System.Enum => value switch
    {
        Measure m => EnumNames.Name(m),
        CountUnit u => EnumNames.Name(u),
        Rate r => EnumNames.Name(r),
        Qualifier q => EnumNames.Name(q),
        Population p => EnumNames.Name(p),
        _ => value.ToString(),
    };

    private static double? Number(string field, string? v)
    {
        if (v is null) return null;
        var s = v.Replace(",", "").Replace("_", "");
        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d >= 0 && double.IsFinite(d)
            ? d
            : throw new ArgumentException($"'{v}' is not a valid {field}: give a number such as 98000");
    }

    private static string? Code(string field, string? v)
    {
        if (v is null) return null;
        var s = v.ToUpperInvariant();
        return s.Length is >= 2 and <= 20 && s.All(ch => ch is (>= 'A' and <= 'Z') or '_')
            ? s
            : throw new ArgumentException($"'{v}' is not a valid {field}: give an ISO 3166-1 alpha-2 code (KZ) or a group code (EU)");
    }

    private static PartialDate? Date(string field, string? v) =>
        v is null ? null
        : PartialDate.TryParse(v, out var d) ? d
        : throw new ArgumentException($"'{v}' is not a valid {field} date: use YYYY, YYYY-MM or YYYY-MM-DD");
}
