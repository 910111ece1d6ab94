using Outflow.Core.Claims;
using Outflow.Core.Dates;
using Outflow.Estimation.Evidence;

namespace Outflow.Estimation.Series;

/// <summary>Normalises the start of a claim's period so that claims counting from the same event share a series.</summary>
/// <remarks>
/// A month-precision start ("since February 2022") is snapped to the one day-precision start of the same origin
/// that falls inside that month ("since the war began", 2022-02-24), when there is exactly one. Year-precision
/// starts ("in 2022") stay calendar years. Day-precision starts are kept as given.
/// </remarks>
internal sealed class Baselines
{
    private readonly Dictionary<(string Origin, int Year, int Month), PartialDate?> _snap = new();

    public Baselines(IEnumerable<EvidenceClaim> claims)
    {
        var days = new Dictionary<(string, int, int), HashSet<PartialDate>>();
        foreach (var e in claims)
        {
            if (e.Claim.From is not { IsFullDate: true } f) continue;
            var key = (e.Claim.Origin ?? "", f.Year, f.Month!.Value);
            if (!days.TryGetValue(key, out var set)) days[key] = set = [];
            set.Add(f);
        }
        foreach (var (key, set) in days) _snap[key] = set.Count == 1 ? set.First() : null;
    }

    public PartialDate? Normalise(Claim c)
    {
        if (c.From is not { } f) return null;
        if (f.Month is { } m && f.Day is null && _snap.TryGetValue((c.Origin ?? "", f.Year, m), out var day) && day is { } d) return d;
        return f;
    }
}
