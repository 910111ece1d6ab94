using System.Buffers;
using System.Text.RegularExpressions;

namespace Outflow.Extraction.Figures;

/// <summary>
/// Whether a sentence may hold a figure: a digit or a number word, as the pattern
/// <c>\d|\b(?:two|...|millions)\b</c> (ignoring case) says, found by one pass over its words.
/// </summary>
public static partial class FigureCue
{
    private const string NumberWords = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|lakh|crore|dozen|tens|hundreds|thousands|millions";

    [GeneratedRegex(@"\d|\b(?:" + NumberWords + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Words =
        NumberWords.Split('|').ToHashSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // letters a case-insensitive regex also matches for ASCII letters (Kelvin sign, dotted and dotless i, long s)
    private static readonly SearchValues<char> CaseFoldedAscii = SearchValues.Create("\u212A\u0130\u0131\u017F");

    public static bool MayHoldFigure(string s)
    {
        var span = s.AsSpan();
        if (span.IndexOfAnyInRange('0', '9') >= 0) return true;
        // outside ASCII, digits, word characters and case folding follow Unicode: leave those texts to the pattern
        if (span.IndexOfAnyExceptInRange('\0', '\u007F') >= 0 && (span.IndexOfAny(CaseFoldedAscii) >= 0 || HasNonAsciiDigit(span)))
            return Pattern().IsMatch(s);
        // a number word matches only as a whole run of ASCII letters (\b on both sides)
        for (int p = 0; p < span.Length; p++)
        {
            if (!char.IsAsciiLetter(span[p])) continue;
            int e = p + 1;
            while (e < span.Length && char.IsAsciiLetter(span[e])) e++;
            if (e - p >= 3 && Words.Contains(span[p..e]))
            {
                // a non-ASCII neighbour: whether it is a word character is the pattern's to say
                if (p > 0 && span[p - 1] >= 128 || e < span.Length && span[e] >= 128) return Pattern().IsMatch(s);
                if ((p == 0 || span[p - 1] != '_') && (e == span.Length || span[e] != '_')) return true;
            }
            p = e;
        }
        return false;
    }

    private static bool HasNonAsciiDigit(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (c >= 128 && char.IsDigit(c)) return true;
        return false;
    }
}
