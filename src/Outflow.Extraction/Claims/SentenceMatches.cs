using System.Text.RegularExpressions;
using Outflow.Extraction.Knowledge;

namespace Outflow.Extraction.Claims;

/// <summary>
/// Per-sentence memo for the claim builder: every cue pattern runs over the sentence at most once, and every
/// test of the words around a gazetteer hit at most once, however many figures the sentence holds.
/// </summary>
internal sealed class SentenceMatches(string sentence, int placeCount, WordStarts? starts = null)
{
    private readonly Dictionary<PhraseMatcher, (int Start, int End)[]> _spans = new();
    private readonly Dictionary<Regex, bool> _any = new();
    private WordStarts? _starts = starts;
    private readonly Dictionary<(Regex, int), sbyte[]> _placeTests = new();

    public int Length => sentence.Length;

    /// <summary>The sentence's text between two offsets.</summary>
    public string Text(int start, int end) => sentence[start..end];

    /// <summary>Where phrase matches may start in the sentence (<see cref="PhraseMatcher.Starts"/>).</summary>
    public WordStarts Starts => _starts ??= PhraseMatcher.Starts(sentence);

    /// <summary>The matches of <paramref name="rx"/> in the whole sentence, as (start, end) offsets.</summary>
    public (int Start, int End)[] Of(PhraseMatcher rx)
    {
        if (_spans.TryGetValue(rx, out var spans)) return spans;
        spans = rx.Matches(sentence, Starts).Select(m => (m.Index, m.Index + m.Length)).ToArray();
        _spans[rx] = spans;
        return spans;
    }

    /// <summary>Whether <paramref name="rx"/> matches anywhere in the sentence.</summary>
    public bool Any(PhraseMatcher rx) => Of(rx).Length > 0;

    /// <summary>True for a headline, where capitalised words are not names.</summary>
    public bool Heading { get; init; }

    private readonly Dictionary<PhraseMatcher, (int Start, int End)[]> _cues = new();

    /// <summary>
    /// The matches of a cue list that are words of the sentence, not of a name: "Repatriation" in "the Refugee Relief
    /// and Repatriation Commissioner" is a title (in a headline every match counts).
    /// </summary>
    public (int Start, int End)[] Cue(PhraseMatcher rx)
    {
        var all = Of(rx);
        if (Heading || all.Length == 0) return all;
        // most matches start in lower case: nothing to filter, nothing to allocate
        bool upper = false;
        foreach (var m in all) if (char.IsUpper(sentence[m.Start])) { upper = true; break; }
        if (!upper) return all;
        if (_cues.TryGetValue(rx, out var kept)) return kept;
        kept = all.Where(m => !InName(m.Start, m.End)).ToArray();
        _cues[rx] = kept;
        return kept;
    }

    private bool InName(int start, int end)
    {
        if (!char.IsUpper(sentence[start]) || start == 0) return false;
        int p = start - 1;
        while (p >= 0 && sentence[p] == ' ') p--;
        if (p < 0 || ".!?:;\"“‘'(—–-".Contains(sentence[p])) return false;
        int n = end;
        while (n < sentence.Length && sentence[n] == ' ') n++;
        bool nextUpper = n < sentence.Length && n > end && char.IsUpper(sentence[n]);
        int w = p;
        while (w > 0 && char.IsLetter(sentence[w - 1])) w--;
        bool prevUpper = char.IsUpper(sentence[w]);
        return nextUpper || prevUpper;
    }

    /// <summary>Whether <paramref name="rx"/> matches anywhere in the sentence.</summary>
    public bool Any(Regex rx)
    {
        if (!_any.TryGetValue(rx, out bool found)) _any[rx] = found = rx.IsMatch(sentence);
        return found;
    }

    /// <summary>Whether <paramref name="rx"/> matches the <paramref name="reach"/> characters before place number <paramref name="place"/> (taken as the whole input).</summary>
    public bool Before(Regex rx, int place, int placeStart, int reach) =>
        Test(rx, reach, place, Math.Max(0, placeStart - reach), placeStart);

    /// <summary>Whether <paramref name="rx"/> matches the rest of the sentence after place number <paramref name="place"/> (taken as the whole input).</summary>
    public bool After(Regex rx, int place, int placeEnd) => Test(rx, 0, place, placeEnd, sentence.Length);

    private bool Test(Regex rx, int window, int place, int start, int end)
    {
        if (!_placeTests.TryGetValue((rx, window), out var cells)) _placeTests[(rx, window)] = cells = new sbyte[placeCount];
        if (cells[place] == 0) cells[place] = rx.IsMatch(sentence.AsSpan(start, end - start)) ? (sbyte)1 : (sbyte)-1;
        return cells[place] > 0;
    }
}
