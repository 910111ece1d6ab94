using System.Text.RegularExpressions;

namespace Outflow.Extraction.Dates;

/// <summary>
/// Runs a date pattern only near what each of its matches must hold (a month name, a year), as
/// <see cref="Regex.Matches(string)"/> finds them: the patterns begin with optional lead words that make the
/// regex try every character of a sentence, though a match can only start a few words before its month or year.
/// </summary>
internal static class LeadWindow
{
    /// <summary>
    /// The matches of <paramref name="rx"/> in <paramref name="s"/>, left to right, given that every match holds
    /// the text <paramref name="next"/> finds (the offset of its next occurrence at or after an offset, or -1)
    /// and starts at most <paramref name="maxWords"/> words before it, words being separated by whitespace or
    /// hyphens.
    /// </summary>
    public static IEnumerable<Match> Matches(Regex rx, string s, Func<string, int, int> next, int maxWords)
    {
        int at = 0;
        while (at < s.Length)
        {
            int q = next(s, at);
            if (q < 0) yield break;
            // no match starts before the window of the next occurrence, nor of any later one
            var m = rx.Match(s, Math.Max(at, WindowStart(s, q, maxWords)));
            if (!m.Success) yield break;
            yield return m;
            at = m.Index + Math.Max(m.Length, 1);
        }
    }

    // the start of the word maxWords words before the one holding q (the rest of that word included)
    private static int WindowStart(string s, int q, int maxWords)
    {
        int p = q;
        while (p > 0 && !IsSeparator(s[p - 1])) p--;
        for (int w = 0; w < maxWords && p > 0; w++)
        {
            while (p > 0 && IsSeparator(s[p - 1])) p--;
            while (p > 0 && !IsSeparator(s[p - 1])) p--;
        }
        return p;
    }

    // \s (the same set as char.IsWhiteSpace) and the hyphen of "mid-September"
    private static bool IsSeparator(char c) => c == '-' || char.IsWhiteSpace(c);
}
