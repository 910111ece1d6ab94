using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Outflow.Extraction.Knowledge;

/// <summary>
/// A lexicon word list compiled as <see cref="Lexicon.Build"/> does (whole words, case-insensitive, longest
/// phrase first), with the same matches as that regex but found faster: when every phrase starts with a
/// literal letter, the pattern is only tried, anchored, at word starts whose first one or two letters begin
/// some phrase, instead of at every character of the text.
/// </summary>
public sealed class PhraseMatcher
{
    private const int Letters = 26;

    // letters a case-insensitive regex also matches for ASCII letters (Kelvin sign, dotted and dotless i, long s):
    // texts holding one take the plain regex
    private static readonly SearchValues<char> CaseFoldedAscii = SearchValues.Create("\u212A\u0130\u0131\u017F");

    private readonly Regex? _anchored;
    private readonly bool[] _firstLetter = new bool[Letters];
    private readonly bool[] _firstTwo = new bool[Letters * Letters];
    private readonly bool[] _firstOther = new bool[128]; // ASCII symbols and digits a phrase starts with ("%")
    private bool _firstNonAscii; // some phrase starts with a non-ASCII letter ("émigrés"): try at every non-ASCII character

    public PhraseMatcher(IReadOnlyCollection<string> phrases, string? prefix, string? suffix)
    {
        Regex = Lexicon.Build(phrases, prefix, suffix);
        // the default prefix is the word-start lookbehind; only then does every match start at a word start
        if (prefix is not null || phrases.Count == 0) return;
        foreach (var p in phrases)
        {
            var lead = LiteralLead(p);
            // a phrase starting with a letter that also matches an ASCII letter ignoring case: no fast path
            if (lead.Length == 0 || CaseFoldedAscii.Contains(lead[0])) return;
            if (lead[0] >= 128) _firstNonAscii = true;
            else if (!char.IsAsciiLetter(lead[0])) _firstOther[lead[0]] = true;
            else if (lead.Length == 1) _firstLetter[lead[0] - 'a'] = true;
            else _firstTwo[(lead[0] - 'a') * Letters + lead[1] - 'a'] = true;
        }
        _anchored = new Regex(@"\G" + Regex, Regex.Options);
    }

    /// <summary>The equivalent regular expression.</summary>
    public Regex Regex { get; }

    /// <summary>The first match at or after <paramref name="startat"/> (lookbehind sees the text before it), as Regex.Match would find it.</summary>
    public bool TryMatch(ReadOnlySpan<char> s, int startat, out int index, out int length)
    {
        if (_anchored is null || s.IndexOfAny(CaseFoldedAscii) >= 0)
        {
            foreach (var m in Regex.EnumerateMatches(s, startat)) { index = m.Index; length = m.Length; return true; }
            index = length = 0;
            return false;
        }
        // a match starts where the character before is no letter or digit (the lookbehind of every pattern)
        bool afterWord = startat > 0 && IsLetterOrNumber(s[startat - 1]);
        for (int p = startat; p < s.Length; p++)
        {
            char c = s[p];
            bool candidate;
            bool word;
            if (char.IsAsciiLetter(c))
            {
                word = true;
                if (afterWord) continue;
                int a = (c | 0x20) - 'a';
                candidate = _firstLetter[a]
                    || p + 1 < s.Length && char.IsAsciiLetter(s[p + 1]) && _firstTwo[a * Letters + (s[p + 1] | 0x20) - 'a'];
            }
            else if (c < 128)
            {
                word = char.IsAsciiDigit(c);
                candidate = _firstOther[c];
            }
            else
            {
                word = IsLetterOrNumber(c);
                candidate = _firstNonAscii;
            }
            if (candidate && !afterWord)
                foreach (var m in _anchored.EnumerateMatches(s, p)) { index = m.Index; length = m.Length; return true; }
            afterWord = word;
        }
        index = length = 0;
        return false;
    }

    public bool IsMatch(ReadOnlySpan<char> s) => TryMatch(s, 0, out _, out _);

    /// <summary>All matches, left to right, as Regex.Matches would find them: (index, length).</summary>
    public List<(int Index, int Length)> Matches(ReadOnlySpan<char> s)
    {
        var found = new List<(int, int)>();
        int at = 0;
        while (at <= s.Length && TryMatch(s, at, out int index, out int length))
        {
            found.Add((index, length));
            at = length == 0 ? index + 1 : index + length;
        }
        return found;
    }

    /// <summary>
    /// What every match of the phrase starts with: one or two lower-case ASCII letters, or one other literal
    /// character (a symbol, a digit, an escaped symbol, a non-ASCII letter); empty when the phrase starts with
    /// a class, a group, an anchor or an optional character.
    /// </summary>
    private static string LiteralLead(string phrase)
    {
        if (phrase.Length == 0) return "";
        int next = 1;
        char first = phrase[0];
        if (first == '\\')
        {
            if (phrase.Length < 2 || char.IsAsciiLetterOrDigit(phrase[1])) return ""; // \d, \w, \b...
            first = phrase[1];
            next = 2;
        }
        else if (".$^{[(|)*+?".Contains(first) || char.IsWhiteSpace(first)) return "";
        if (next < phrase.Length && phrase[next] is '?' or '*' or '+' or '{') return "";
        if (!char.IsAsciiLetter(first)) return first.ToString();
        var lead = char.ToLowerInvariant(first).ToString();
        if (next + 1 < phrase.Length && phrase[next + 1] is '?' or '*' or '+' or '{') return lead;
        if (next < phrase.Length && char.IsAsciiLetter(phrase[next])) lead += char.ToLowerInvariant(phrase[next]);
        return lead;
    }

    private static bool IsLetterOrNumber(char c) =>
        c < 128 ? char.IsAsciiLetterOrDigit(c) : CharUnicodeInfo.GetUnicodeCategory(c) is
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
}
