using Outflow.Estimation.Evidence;

namespace Outflow.Estimation.Waves;

/// <summary>New claims per origin and week (weeks start on Monday), by publication date, else the claim's day-precision date.</summary>
internal sealed class ClaimActivity
{
    public Dictionary<string, Dictionary<DateOnly, int>> Weeks { get; } = new(StringComparer.Ordinal);

    public void Add(string origin, EvidenceClaim e)
    {
        DateOnly? day = e.Published ?? (e.Claim.To is { IsFullDate: true } t ? t.First : null);
        if (day is not { } d) return;
        var week = d.AddDays(-(((int)d.DayOfWeek + 6) % 7));
        if (!Weeks.TryGetValue(origin, out var w)) Weeks[origin] = w = [];
        w[week] = w.GetValueOrDefault(week) + 1;
    }
}
