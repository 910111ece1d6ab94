using System.Globalization;
using System.Text;

namespace Outflow.Cli.Bench;

/// <summary>
/// Writes fictional news articles about people crossing borders, for ingest benchmarks and fault tests:
/// each one is unique (its own numbers, dates and places), reproducible from its index.
/// </summary>
public static class SyntheticArticles
{
    private static readonly (string Demonym, string Country)[] Origins =
        [("Russians", "Russia"), ("Ukrainians", "Ukraine"), ("Venezuelans", "Venezuela"), ("Sudanese", "Sudan"), ("Armenians", "Armenia")];

    private static readonly string[] Destinations =
        ["Kazakhstan", "Georgia", "Finland", "Poland", "Colombia", "Peru", "Chad", "Egypt", "Turkey", "Serbia", "Mongolia", "Moldova", "Germany", "Brazil", "Ecuador"];

    private static readonly string[] Sources =
        ["the interior ministry", "the border service", "the UN refugee agency", "the migration office", "local officials"];

    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>The text of article <paramref name="i"/>: a headline, a dateline and a few paragraphs with figures.</summary>
    public static string Article(int i)
    {
        var rng = new Random(i * 7919 + 17);
        var (people, origin) = Origins[rng.Next(Origins.Length)];
        string Dest() => Destinations[rng.Next(Destinations.Length)];
        string N(int lo, int hi) => (rng.Next(lo, hi) * 100).ToString("N0", CultureInfo.InvariantCulture);
        var month = rng.Next(12);
        var day = rng.Next(1, 28);
        var d1 = Dest();
        var d2 = Dest();
        var sb = new StringBuilder();
        sb.Append($"More than {N(100, 2000)} {people} have entered {d1} since the crisis began, officials say\n\n");
        sb.Append($"Published {day} {Months[month]} 2023\n\n");
        sb.Append($"About {N(100, 2000)} people from {origin} crossed into {d1} in the past week, according to {Sources[rng.Next(Sources.Length)]}. ");
        sb.Append($"The queue at the main crossing stretched for {rng.Next(2, 30)} kilometres on {Months[month]} {day}.\n\n");
        sb.Append($"{d2} has registered {N(10, 900)} {people} since January, {Sources[rng.Next(Sources.Length)]} said. ");
        sb.Append($"Between {N(10, 50)} and {N(60, 120)} were arriving daily, a spokesperson told reporters in dispatch number {i}.\n\n");
        sb.Append($"In all, as many as {N(1000, 9000)} {people} have left {origin}, according to estimates by researchers. ");
        sb.Append($"Prices for tickets rose by {rng.Next(5, 90)} percent, and {rng.Next(2, 9)} buses were waiting at the terminal.\n");
        return sb.ToString();
    }

    /// <summary>Writes articles [from, from + count) into <paramref name="folder"/> as .txt files; returns their total size in bytes.</summary>
    public static long WriteFolder(string folder, int count, int from = 0)
    {
        Directory.CreateDirectory(folder);
        long bytes = 0;
        for (var i = from; i < from + count; i++)
        {
            var text = Article(i);
            File.WriteAllText(Path.Combine(folder, $"article_{i:D7}.txt"), text);
            bytes += Encoding.UTF8.GetByteCount(text);
        }
        return bytes;
    }
}
