using System.Buffers;
using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace Outflow.Extraction.Knowledge;

/// <summary>
/// A lexicon word list compiled as <see cref="Lexicon.Build"/> does (whole words, case-insensitive, longest
/// phrase first), with the same matches as that regex but found faster: the literal text every phrase starts
/// with ("fled", "mobili" for "mobili[sz]ation") is compared at word starts, and the pattern is only tried,
/// anchored, where one of them is written, instead of at every character of the text.
/// </summary>
public sealed class PhraseMatcher
{
    // letters a case-insensitive regex also matches for ASCII letters (Kelvin sign, dotted and dotless i, long s):
    // texts holding one take the plain regex
    private static readonly SearchValues<char> CaseFoldedAscii = WordStarts.CaseFoldedAscii;

    private readonly Regex? _anchored;
    private readonly bool[] _shortLead = new bool[128]; // one-character leads, by that character (letters lower-case)
    private readonly ulong[] _pairs = new ulong[128 * 128 / 64]; // bit set of the first two characters of longer leads (small: stays in cache)
    private readonly ulong[] _candidatePairs = new ulong[128 * 128 / 64]; // the same, with every pair a one-character lead starts
    private readonly int[] _pairRank = new int[128 * 128 / 64]; // pairs set in the words of _pairs before each word
    private string[][] _leads = []; // longer leads, by the rank of their first two characters among the pairs set
    private ulong[] _thirds = []; // by that rank, two words: the third characters (ASCII, letters lower-case) of its leads
    private bool[] _anyThird = []; // by that rank: some lead has no ASCII third character to test
    private readonly bool _nonAsciiLead; // some phrase starts with a non-ASCII letter ("émigrés"): try at every non-ASCII character

    public PhraseMatcher(IReadOnlyCollection<string> phrases, string? prefix, string? suffix)
    {
        Regex = Lexicon.Build(phrases, prefix, suffix);
        // the default prefix is the word-start lookbehind; only then does every match start at a word start
        if (prefix is not null || phrases.Count == 0) return;
        var leads = new List<string>();
        foreach (var p in phrases)
        {
            var lead = LiteralLead(p);
            // a phrase starting with a letter that also matches an ASCII letter ignoring case: no fast path
            if (lead.Length == 0 || lead[0] == ' ' || CaseFoldedAscii.Contains(lead[0])) return;
            if (lead[0] >= 128) _nonAsciiLead = true;
            else leads.Add(lead);
        }
        foreach (var l in leads.Where(l => l.Length == 1)) _shortLead[l[0]] = true;
        var byPair = leads.Where(l => l.Length > 1).Distinct().GroupBy(l => l[0] * 128 + l[1]).OrderBy(g => g.Key).ToList();
        foreach (var g in byPair) _pairs[g.Key >> 6] |= 1UL << (g.Key & 63);
        for (int w = 1; w < _pairs.Length; w++) _pairRank[w] = _pairRank[w - 1] + BitOperations.PopCount(_pairs[w - 1]);
        _leads = byPair.Select(g => g.ToArray()).ToArray();
        _thirds = new ulong[_leads.Length * 2];
        _anyThird = new bool[_leads.Length];
        for (int g = 0; g < _leads.Length; g++)
            foreach (var lead in _leads[g])
            {
                if (lead.Length < 3 || lead[2] >= 128) { _anyThird[g] = true; continue; }
                _thirds[g * 2 + (lead[2] >> 6)] |= 1UL << (lead[2] & 63);
            }
        Array.Copy(_pairs, _candidatePairs, _pairs.Length);
        for (int c = 0; c < 128; c++)
            if (_shortLead[c])
                for (int next = 0; next < 128; next++) _candidatePairs[(c * 128 + next) >> 6] |= 1UL << ((c * 128 + next) & 63);
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
            bool candidate = false;
            bool word;
            if (c < 128)
            {
                bool letter = char.IsAsciiLetter(c);
                word = letter || char.IsAsciiDigit(c);
                if (!afterWord) candidate = HasLead(s, p);
            }
            else
            {
                word = IsLetterOrNumber(c);
                candidate = _nonAsciiLead && !afterWord;
            }
            if (candidate)
                foreach (var m in _anchored.EnumerateMatches(s, p)) { index = m.Index; length = m.Length; return true; }
            afterWord = word;
        }
        index = length = 0;
        return false;
    }

    public bool IsMatch(ReadOnlySpan<char> s) => TryMatch(s, 0, out _, out _);

    /// <summary>The offsets where a match of any phrase matcher may start (<see cref="WordStarts"/>).</summary>
    public static WordStarts Starts(ReadOnlySpan<char> s) => WordStarts.Of(s);

    /// <summary>
    /// As <see cref="TryMatch(ReadOnlySpan{char}, int, out int, out int)"/>, given the <see cref="Starts"/> of the text, or of
    /// a longer text that <paramref name="s"/> begins (a sentence cut before a figure): starts past its end are ignored.
    /// </summary>
    public bool TryMatch(ReadOnlySpan<char> s, int startat, WordStarts starts, out int index, out int length)
    {
        if (_anchored is null || starts.HasCaseFoldedAscii) return TryMatch(s, startat, out index, out length);
        var positions = starts.Positions;
        var pairs = starts.Pair;
        int i = Array.BinarySearch(positions, startat);
        for (i = i < 0 ? ~i : i; i < positions.Length && positions[i] < s.Length; i++)
        {
            // most starts fail the one bit test of their first two characters
            int pair = pairs[i];
            if (pair >= 0)
            {
                if ((_candidatePairs[pair >> 6] & 1UL << (pair & 63)) == 0) continue;
                if (!_shortLead[pair >> 7] && !HasLongLead(s, positions[i], pair)) continue;
            }
            else
            {
                int first = starts.First[i];
                if (first < 0 ? !_nonAsciiLead : !_shortLead[first]) continue;
            }
            foreach (var m in _anchored.EnumerateMatches(s, positions[i])) { index = m.Index; length = m.Length; return true; }
        }
        index = length = 0;
        return false;
    }

    /// <summary>All matches, left to right, as Regex.Matches would find them: (index, length).</summary>
    public List<(int Index, int Length)> Matches(ReadOnlySpan<char> s, WordStarts? starts = null)
    {
        var found = new List<(int, int)>();
        int at = 0;
        while (at <= s.Length && (starts is null ? TryMatch(s, at, out int index, out int length) : TryMatch(s, at, starts, out index, out length)))
        {
            found.Add((index, length));
            at = length == 0 ? index + 1 : index + length;
        }
        return found;
    }

    // some lead is written at p (an ASCII character)
    private bool HasLead(ReadOnlySpan<char> s, int p)
    {
        int c = Lower(s[p]);
        if (_shortLead[c]) return true;
        if (p + 1 >= s.Length || s[p + 1] >= 128) return false;
        return HasLongLead(s, p, c * 128 + Lower(s[p + 1]));
    }

    // some lead of two or more characters is written at p, whose first two characters, folded, are the pair (-1: none)
    private bool HasLongLead(ReadOnlySpan<char> s, int p, int pair)
    {
        if (pair < 0) return false;
        ulong word = _pairs[pair >> 6], bit = 1UL << (pair & 63);
        if ((word & bit) == 0) return false;
        int group = _pairRank[pair >> 6] + BitOperations.PopCount(word & (bit - 1));
        // most places fail on the third character, tested as one bit before any lead is compared
        if (!_anyThird[group])
        {
            if (p + 2 >= s.Length || s[p + 2] >= 128) return false;
            int third = Lower(s[p + 2]);
            if ((_thirds[group * 2 + (third >> 6)] & 1UL << (third & 63)) == 0) return false;
        }
        foreach (var lead in _leads[group])
            if (StartsWith(s, p, lead)) return true;
        return false;
    }

    private static int Lower(char c) => WordStarts.Lower(c);

    // the text at p starts with the lead, ASCII letters compared without case
    private static bool StartsWith(ReadOnlySpan<char> s, int p, string lead)
    {
        if (p + lead.Length > s.Length) return false;
        for (int k = 0; k < lead.Length; k++)
        {
            char c = s[p + k], l = lead[k];
            if (c != l && !(char.IsAsciiLetterLower(l) && (c | 0x20) == l && char.IsAsciiLetter(c))) return false;
        }
        return true;
    }

    /// <summary>
    /// The literal text every match of the phrase starts with, ASCII letters in lower case, up to the first
    /// special character, optional character or non-ASCII letter after the first; empty when the phrase starts
    /// with a class, a group, an anchor or an optional character.
    /// </summary>
    private static string LiteralLead(string phrase)
    {
        var lead = new System.Text.StringBuilder();
        for (int i = 0; i < phrase.Length; i++)
        {
            char c = phrase[i];
            int next = i + 1;
            if (c == '\\')
            {
                if (next >= phrase.Length || char.IsAsciiLetterOrDigit(phrase[next])) break; // \d, \w, \b, \1...
                c = phrase[next];
                next++;
            }
            else if (".$^{[(|)*+?#".Contains(c) || char.IsWhiteSpace(c) && c != ' ') break;
            if (next < phrase.Length && phrase[next] is '?' or '*' or '+' or '{') break;
            if (c >= 128 && lead.Length > 0) break;
            lead.Append(char.IsAsciiLetter(c) ? char.ToLowerInvariant(c) : c);
            if (c >= 128) break;
            i = next - 1;
        }
        return lead.ToString();
    }

    private static bool IsLetterOrNumber(char c) => WordStarts.IsLetterOrNumber(c);
}
