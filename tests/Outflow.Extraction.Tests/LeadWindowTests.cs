using System.Text;
using System.Text.RegularExpressions;
using Outflow.Extraction.Dates;
using Xunit;

namespace Outflow.Extraction.Tests;

/// <summary>
/// The date patterns scanned near month names and years find exactly what a scan of every character finds,
/// over sentences made at random from lead words, parts of months, month names, days, years and punctuation.
/// </summary>
public sealed class LeadWindowTests
{
    private static readonly string[] Words =
    [
        "since", "by", "as", "of", "at", "the", "end", "beginning", "start", "middle", "mid", "early", "late", "in", "on",
        "from", "to", "so", "far", "all", "throughout", "until", "after", "between", "September", "Sept.", "Sep", "May",
        "March", "Mar", "Jan", "June", "Mayor", "Decembers", "2022", "1999", "2100", "19", "24th", "3", "31st", "12",
        "people", "fled", ",", ".", "(", ")", "\"", "amid", "ago",
    ];

    private static readonly string[] Gaps = [" ", " ", " ", "  ", "-", "", ", ", "\u00A0", "\t", " - "];

    [Fact]
    public void SameMatchesAsAFullScan()
    {
        var random = new Random(20221121);
        for (int n = 0; n < 20000; n++)
        {
            var s = Sentence(random);
            foreach (var rx in new[] { DateExtractor.DayMonth(), DateExtractor.MonthDay(), DateExtractor.MonthOnly() })
                Assert.Equal(Spans(rx.Matches(s)), Spans(DateExtractor.NearMonths(rx, s)));
            Assert.Equal(Spans(DateExtractor.YearOnly().Matches(s)), Spans(DateExtractor.NearYears(s)));
        }
    }

    private static string Sentence(Random random)
    {
        var sb = new StringBuilder();
        int words = random.Next(1, 30);
        for (int w = 0; w < words; w++)
        {
            if (w > 0) sb.Append(Gaps[random.Next(Gaps.Length)]);
            sb.Append(Words[random.Next(Words.Length)]);
        }
        return sb.ToString();
    }

    private static List<(int, int)> Spans(IEnumerable<Match> matches) => matches.Select(m => (m.Index, m.Length)).ToList();
}
