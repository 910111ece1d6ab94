namespace Outflow.Estimation.Band;

/// <summary>The sorted distinct dates of a series, so dates can index arrays and trees.</summary>
internal sealed class DateSlots
{
    private readonly DateOnly[] _dates;

    public DateSlots(IEnumerable<DateOnly> dates) => _dates = dates.Distinct().Order().ToArray();

    public int Count => _dates.Length;
    public DateOnly this[int i] => _dates[i];
    public IReadOnlyList<DateOnly> Dates => _dates;

    /// <summary>The slot of a date that is in the set.</summary>
    public int Of(DateOnly d) => Array.BinarySearch(_dates, d);

    /// <summary>The last slot whose date is on or before <paramref name="d"/> (−1 when none).</summary>
    public int AtOrBefore(DateOnly d)
    {
        var i = Array.BinarySearch(_dates, d);
        return i >= 0 ? i : ~i - 1;
    }

    /// <summary>The first slot whose date is on or after <paramref name="d"/> (<see cref="Count"/> when none).</summary>
    public int AtOrAfter(DateOnly d)
    {
        var i = Array.BinarySearch(_dates, d);
        return i >= 0 ? i : ~i;
    }
}
