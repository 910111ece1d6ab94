using System.Buffers;
using System.Globalization;

namespace Outflow.Extraction.Knowledge;

/// <summary>
/// The offsets of a text where a phrase match may start (no whitespace, and no letter or digit before), with
/// the first two characters at each folded for the lead tests of <see cref="PhraseMatcher"/>. Computed once per
/// text and shared by all the matchers run over it.
/// </summary>
public sealed class WordStarts
{
    // letters a case-insensitive regex also matches for ASCII letters (Kelvin sign, dotted and dotless i, long s)
    internal static readonly SearchValues<char> CaseFoldedAscii = SearchValues.Create("\u212A\u0130\u0131\u017F");

    private WordStarts(int[] positions, short[] first, short[] pair, bool caseFolded)
    {
        Positions = positions;
        First = first;
        Pair = pair;
        HasCaseFoldedAscii = caseFolded;
    }

    /// <summary>The offsets, ascending.</summary>
    public int[] Positions { get; }

    /// <summary>By start: the character there, ASCII letters in lower case; -1 for a non-ASCII character.</summary>
    internal short[] First { get; }

    /// <summary>By start: first * 128 + the next character (ASCII letters in lower case); -1 when either is not ASCII or there is no next.</summary>
    internal short[] Pair { get; }

    /// <summary>The text holds a letter that case-insensitive matching also takes for an ASCII letter.</summary>
    internal bool HasCaseFoldedAscii { get; }

    public int Count => Positions.Length;

    public static WordStarts Of(ReadOnlySpan<char> s)
    {
        // at most one start per character: collected on the stack for a sentence (only as much as the text needs:
        // the stack buffer is zeroed), then copied at their count
        int[]? rented = s.Length > 512 ? ArrayPool<int>.Shared.Rent(s.Length) : null;
        Span<int> found = rented ?? stackalloc int[s.Length];
        int n = 0;
        bool afterWord = false;
        for (int p = 0; p < s.Length; p++)
        {
            char c = s[p];
            if (!afterWord && !char.IsWhiteSpace(c)) found[n++] = p;
            afterWord = c < 128 ? char.IsAsciiLetterOrDigit(c) : IsLetterOrNumber(c);
        }
        var positions = found[..n].ToArray();
        if (rented is not null) ArrayPool<int>.Shared.Return(rented);
        var first = new short[n];
        var pair = new short[n];
        for (int k = 0; k < n; k++)
        {
            int p = positions[k];
            char c = s[p];
            first[k] = c < 128 ? (short)Lower(c) : (short)-1;
            pair[k] = c < 128 && p + 1 < s.Length && s[p + 1] < 128 ? (short)(Lower(c) * 128 + Lower(s[p + 1])) : (short)-1;
        }
        return new WordStarts(positions, first, pair, s.IndexOfAny(CaseFoldedAscii) >= 0);
    }

    internal static int Lower(char c) => char.IsAsciiLetterUpper(c) ? c | 0x20 : c;

    internal static bool IsLetterOrNumber(char c) =>
        c < 128 ? char.IsAsciiLetterOrDigit(c) : CharUnicodeInfo.GetUnicodeCategory(c) is
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
}
