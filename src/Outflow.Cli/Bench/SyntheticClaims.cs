using Outflow.Core.Claims;
using Outflow.Core.Dates;
using Outflow.Estimation.Evidence;

namespace Outflow.Cli.Bench;

/// <summary>
/// Generates claims for benchmarks: origins × destinations × baselines, each following a rising true curve,
/// reported with every qualifier, by a pool of sources, re-reported across documents, with a few wrong figures.
/// </summary>
public static class SyntheticClaims
{
    private static readonly string[] Origins = ["RU", "UA", "AF", "SD", "MM"];
    private static readonly string?[] Sources =
        [null, null, null, "the interior ministry", "the border service", "UNHCR", "Reuters", "Fontanka", "Re: Russia", "a Kremlin source", "local media"];
    private static readonly DateOnly[] Baselines = [new(2022, 2, 24), new(2022, 9, 21), new(2023, 1, 1)];

    public static IEnumerable<EvidenceClaim> Generate(int count, int destinations = 30, int seed = 42)
    {
        var rng = new Random(seed);
        var dests = Enumerable.Range(0, destinations).Select(i => $"{(char)('A' + i / 26)}{(char)('A' + i % 26)}").ToArray();
        Claim? previous = null;
        for (var i = 0; i < count; i++)
        {
            // one in ten repeats the previous figure in another document (the same fact, cited twice)
            if (previous is not null && rng.NextDouble() < 0.1)
            {
                var repeat = previous with { Doc = $"syn{i / 4:D7}.txt", Start = i % 4 * 100, End = i % 4 * 100 + 12 };
                yield return new EvidenceClaim(repeat, ReviewState.Unreviewed, repeat.To!.Value.First.AddDays(rng.Next(0, 3)));
                continue;
            }
            var origin = Origins[rng.Next(Origins.Length)];
            var roll = rng.NextDouble();
            var measure = roll < 0.15 ? Measure.Departures : roll < 0.9 ? Measure.Arrivals : Measure.Residents;
            string? dest = measure == Measure.Departures ? null : dests[rng.Next(dests.Length)];
            var baseline = Baselines[rng.Next(Baselines.Length)];
            var day = rng.Next(1, 400);
            var scale = measure == Measure.Departures ? 1_000_000 : 40_000 + (dest![1] - 'A') * 5_000;
            var truth = scale * (1 - Math.Exp(-day / 90.0));
            if (rng.NextDouble() < 0.02) truth *= rng.NextDouble() < 0.5 ? 0.3 : 3; // a wrong figure
            var value = Math.Max(100, Math.Round(truth * (0.97 + rng.NextDouble() * 0.06) / 100) * 100);
            var q = (Qualifier)rng.Next(0, 7);
            var (low, high) = q switch
            {
                Qualifier.AtLeast => ((double?)value * 0.9, (double?)null),
                Qualifier.AtMost or Qualifier.Nearly => (null, value * 1.1),
                Qualifier.Range => (value * 0.9, value * 1.1),
                Qualifier.Order => (Math.Pow(10, Math.Floor(Math.Log10(value))), Math.Pow(10, Math.Floor(Math.Log10(value)) + 1) - 1),
                _ => (value, value),
            };
            var to = baseline.AddDays(day);
            var claim = new Claim
            {
                Doc = $"syn{i / 4:D7}.txt", Text = value.ToString(System.Globalization.CultureInfo.InvariantCulture), Quote = $"synthetic claim {i}",
                Measure = measure, Low = low, High = high, Qualifier = q, Origin = origin, Destination = dest,
                From = PartialDate.Of(baseline), To = PartialDate.Of(to), Source = Sources[rng.Next(Sources.Length)],
                Start = i % 4 * 100, End = i % 4 * 100 + 12,
            };
            previous = claim;
            yield return new EvidenceClaim(claim, ReviewState.Unreviewed, to.AddDays(rng.Next(0, 3)));
        }
    }
}
