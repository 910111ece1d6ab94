using System.Globalization;

namespace Outflow.Core.Dates;

/// <summary>
/// A date known to year, month or day precision ("2022", "2022-04", "2022-09-21").
/// </summary>
/// <remarks>A partial date stands for the whole interval it names: <see cref="First"/> to <see cref="Last"/>.</remarks>
public readonly record struct PartialDate(int Year, int? Month = null, int? Day = null)
{
    public static PartialDate Of(DateOnly d) => new(d.Year, d.Month, d.Day);

    public DateOnly First => new(Year, Month ?? 1, Day ?? 1);

    public DateOnly Last => Day is not null
        ? new DateOnly(Year, Month!.Value, Day.Value)
        : Month is not null
            ? new DateOnly(Year, Month.Value, DateTime.DaysInMonth(Year, Month.Value))
            : new DateOnly(Year, 12, 31);

    public bool IsFullDate => Day is not null;

    public override string ToString() => Day is not null
        ? $"{Year:D4}-{Month:D2}-{Day:D2}"
        : Month is not null ? $"{Year:D4}-{Month:D2}" : $"{Year:D4}";

    /// <summary>Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; a failed parse is a result, not an exception.</summary>
    public static bool TryParse(string? s, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(s)) return false;
        s = s.Trim();
        if (s.Length >= 10 && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            date = Of(d);
            return true;
        }
        if (s.Length == 7 && int.TryParse(s[..4], out var y) && s[4] == '-' && int.TryParse(s[5..], out var m) && m is >= 1 and <= 12)
        {
            date = new PartialDate(y, m);
            return true;
        }
        if (s.Length == 4 && int.TryParse(s, out var yy))
        {
            date = new PartialDate(yy);
            return true;
        }
        return false;
    }
}
