using Outflow.Core.Claims;
using Outflow.Core.Dates;
using Outflow.Estimation.Evidence;

namespace Outflow.Estimation.Tests;

/// <summary>Builds claims for hand-made scenarios: <c>Make.Claim(200_000, "2022-10-04", Qualifier.AtLeast, source: "...")</c>.</summary>
internal static class Make
{
    private static int _next;

    public static EvidenceClaim Claim(
        double value, string? to, Qualifier q = Qualifier.Exact, string? source = null, string? doc = null,
        string? from = "2022-09-21", string? dest = "KZ", Measure measure = Measure.Arrivals, string origin = "RU",
        Rate? per = null, ReviewState review = ReviewState.Unreviewed, string? published = null, double? high = null,
        Population population = Population.General, CountUnit unit = CountUnit.People)
    {
        var n = Interlocked.Increment(ref _next);
        var (low, hi) = q switch
        {
            Qualifier.AtLeast => ((double?)value, (double?)null),
            Qualifier.AtMost or Qualifier.Nearly => (null, value),
            Qualifier.Range or Qualifier.Order => (value, high ?? value * 10 - 1),
            _ => (value, value),
        };
        var claim = new Claim
        {
            Doc = doc ?? $"doc{n:D4}.txt",
            Text = value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Quote = $"Quote {n}: {value} people moved.",
            Measure = measure, Unit = unit, Per = per, Low = low, High = hi, Qualifier = q,
            Origin = origin, Destination = dest, Population = population,
            From = from is null ? null : Date(from), To = to is null ? null : Date(to),
            Source = source, Start = n * 10, End = n * 10 + 5,
        };
        DateOnly? pub = published is null ? claim.To?.Last : Date(published).Last;
        return new EvidenceClaim(claim, review, pub, $"Title {n}");
    }

    public static PartialDate Date(string s) => PartialDate.TryParse(s, out var d) ? d : throw new ArgumentException(s);

    public static DateOnly Day(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
}
