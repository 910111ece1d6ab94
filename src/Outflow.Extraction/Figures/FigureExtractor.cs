using System.Globalization;
using System.Text.RegularExpressions;
using Outflow.Core.Claims;
using Outflow.Extraction.Knowledge;

namespace Outflow.Extraction.Figures;

/// <summary>
/// Finds figures in a sentence (digits, words, orders of magnitude, ranges) and resolves each into bounds,
/// qualifier and unit. Knowledge (number words, qualifier words, unit words) comes from lexicon.tsv.
/// </summary>
public sealed partial class FigureExtractor
{
    // South Asian grouping first ("3,13,000", "12,34,567": lakh and crore places), then thousands groups, then plain
    private const string Num = @"\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])|\d{1,3}(?:(?:,|\.|[ \u00A0\u202F])\d{3})+(?!\d)(?:[.,]\d+)?|\d+(?:[.,]\d+)?";
    private const string Scale = @"(?:(?<att>[kKmM]|bn|mn|mln)(?![\p{L}\p{N}])|[ \u00A0]?-?(?<sc>million|billion|thousand|lakhs?|lacs?|crores?|mln|bn|mn)(?![\p{L}]))";

    [GeneratedRegex(@"(?<![\p{L}\p{N}_/:.,\-\$€£₽¥₹#])(?<a>" + Num + ")(?<as>" + Scale + @")?(?:\s*(?<sep>[-–—]|to)\s*(?<b>" + Num + ")(?<bs>" + Scale + @")?)?", RegexOptions.CultureInvariant)]
    private static partial Regex DigitFigure();

    [GeneratedRegex(@"^\s+and\s+(?<b>" + Num + ")(?<bs>" + Scale + @")?", RegexOptions.CultureInvariant)]
    private static partial Regex AndSecond();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?:^|\W)between\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex BetweenBefore();

    [GeneratedRegex(@"^(?:\s*[-–]?\s*(?:plus\b|\+)|\s+or\s+(?:more|so|fewer|less)\b|\s+and\s+(?:more|counting)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AfterQualifier();

    private readonly Dictionary<string, double> _units = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, double> _tens = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, double> _scales = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> _unitsLookup;
    private readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> _tensLookup;
    private readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> _scalesLookup;
    // every word a written number can be made of ("two", "hundred", "a", "half", "and"): other words end it
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _numberParts;
    private readonly bool[] _numberPartFirst = new bool[128]; // their first letters, lower case
    private readonly int _numberPartLength; // the longest
    private readonly List<(Regex Pattern, double Low, double High)> _orders = new();
    private readonly PhraseMatcher _orderAny;
    private readonly List<(Qualifier Q, PhraseMatcher Before)> _qualifiers = new();
    private readonly Dictionary<CountUnit, Regex> _unitAfter = new();
    private readonly Regex _milesAfter;
    private readonly Regex _daysAfter;

    public FigureExtractor(KnowledgeBase kb)
    {
        var lex = kb.Lexicon;
        foreach (var (set, dict) in new[] { ("units", _units), ("tens", _tens), ("scales", _scales) })
            foreach (var p in lex.Phrases("number", set))
            {
                var kv = p.Split(':');
                dict[kv[0]] = double.Parse(kv[1], CultureInfo.InvariantCulture);
            }
        _unitsLookup = _units.GetAlternateLookup<ReadOnlySpan<char>>();
        _tensLookup = _tens.GetAlternateLookup<ReadOnlySpan<char>>();
        _scalesLookup = _scales.GetAlternateLookup<ReadOnlySpan<char>>();
        _numberParts = _units.Keys.Concat(_tens.Keys).Concat(["hundred", "thousand", "million", "billion", "lakh", "crore", "a", "an", "half", "and"])
            .ToHashSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var w in _numberParts.Set)
        {
            if (w.Length > 0 && char.IsAsciiLetter(w[0])) _numberPartFirst[w[0] | 0x20] = true;
            else _numberPartFirst.AsSpan().Fill(true); // a word list entry that is not plain ASCII: no shortcut
            _numberPartLength = Math.Max(_numberPartLength, w.Length);
        }
        var orderPhrases = new List<string>();
        foreach (var (key, phrases) in lex.Set("order"))
        {
            var b = phrases[0].Split(',');
            _orders.Add((new Regex($"^{key}$", RegexOptions.IgnoreCase), double.Parse(b[0], CultureInfo.InvariantCulture), double.Parse(b[1], CultureInfo.InvariantCulture)));
            orderPhrases.Add(key.Replace(" ", @"\s+"));
        }
        // "hundreds" and "tens" alone are orders only before "of" + a noun ("hundreds of people", "tens of kilometres").
        _orderAny = Lexicon.Compile(orderPhrases.Select(p => p is "hundreds" or "tens" ? p + @"(?=\s+of\s)" : p));
        foreach (var (key, q) in new[] { ("at_least", Qualifier.AtLeast), ("at_most", Qualifier.AtMost), ("nearly", Qualifier.Nearly), ("approx", Qualifier.Approx) })
            _qualifiers.Add((q, Lexicon.Compile(lex.Phrases("qualifier", key), null, @"[\s,]*$")));
        _unitAfter[CountUnit.Km] = Lexicon.Build(lex.Phrases("unit", "km").Select(p => p.TrimStart('-')), @"^[\s\u00A0]*-?", null);
        _unitAfter[CountUnit.Hours] = Lexicon.Build(lex.Phrases("unit", "hours").Select(p => p.TrimStart('-')), @"^[\s\u00A0]*-?", null);
        _unitAfter[CountUnit.Vehicles] = Lexicon.Build(lex.Phrases("unit", "vehicles"), @"^\s*(?:[\p{L}-]+\s+){0,2}", null);
        _milesAfter = Lexicon.Build(lex.Phrases("unit", "miles").Select(p => p.TrimStart('-')), @"^[\s\u00A0]*-?", null);
        _daysAfter = Lexicon.Build(lex.Phrases("unit", "days"), @"^[\s\u00A0]*-?", null);
    }

    /// <summary>Finds the figures of one sentence, skipping numbers inside the given masked spans (dates).</summary>
    public List<Figure> Find(string s, IReadOnlyList<(int Start, int End)> masked)
    {
        var found = new List<Figure>();
        foreach (Match m in DigitFigure().Matches(s)) AddDigit(s, m, found);
        AddWordNumbers(s, found);
        foreach (var (index, length) in _orderAny.Matches(s)) AddOrder(s, index, length, found);

        found.Sort((a, b) => a.NumberStart != b.NumberStart ? a.NumberStart.CompareTo(b.NumberStart) : (b.End - b.Start).CompareTo(a.End - a.Start));
        var result = new List<Figure>();
        foreach (var f in found)
        {
            if (result.Count > 0 && f.NumberStart < result[^1].End) continue;
            if (masked.Any(r => f.NumberStart < r.End && r.Start < f.End && !(f.NumberStart <= r.Start && f.End >= r.End && f.HasScale))) continue;
            result.Add(f);
        }
        return result;
    }

    private void AddDigit(string s, Match m, List<Figure> into)
    {
        var a = m.Groups["a"];
        int end = m.Index + m.Length;
        // ordinals, times, codes: "24th", "10am", "B2" are not figures
        // (a unit written onto the number is a figure: "20km", "36hrs")
        if (end < s.Length && char.IsLetter(s[end]) && !m.Groups["as"].Success && !m.Groups["bs"].Success
            && !(_unitAfter[CountUnit.Km].IsMatch(s.AsSpan(end)) || _unitAfter[CountUnit.Hours].IsMatch(s.AsSpan(end)))) return;
        if (end < s.Length && s[end] == ':' && end + 1 < s.Length && char.IsDigit(s[end + 1])) return;
        if (m.Index > 0 && s[m.Index - 1] == '[') return; // citation marker "[12]"
        if (end < s.Length && (s[end] == '%' || s[end] == '‰')) return;

        if (!TryValue(a.Value, m.Groups["as"], out var va)) return;
        double? vb = null;
        int figEnd = end;
        if (m.Groups["b"].Success)
        {
            if (!TryValue(m.Groups["b"].Value, m.Groups["bs"], out var vbv)) return;
            // "5-6 million": the scale of the second number applies to the first
            if (!m.Groups["as"].Success && m.Groups["bs"].Success && va < vbv / 100) va *= ScaleOf(m.Groups["bs"]);
            if (vbv <= va || IsYear(m.Groups["b"].Value) && IsYear(a.Value)) { figEnd = a.Index + a.Length + m.Groups["as"].Length; vb = null; }
            else vb = vbv;
        }
        else if (s.AsSpan(0, m.Index).TrimEnd().EndsWith("between", StringComparison.OrdinalIgnoreCase) && BetweenBefore().IsMatch(s.AsSpan(0, m.Index)))
        {
            var and = AndSecond().Match(s[end..]);
            // "between 2018 and 2023" is a span of years, not a range of people
            if (and.Success && TryValue(and.Groups["b"].Value, and.Groups["bs"], out var vbv) && vbv > va && !(IsYear(a.Value) && IsYear(and.Groups["b"].Value)))
            {
                if (!m.Groups["as"].Success && and.Groups["bs"].Success && va < vbv / 100) va *= ScaleOf(and.Groups["bs"]);
                vb = vbv;
                figEnd = end + and.Length;
            }
        }
        bool hasScale = m.Groups["as"].Success || m.Groups["bs"].Success;
        bool yearLike = vb is null && !hasScale && IsYear(a.Value);
        into.Add(Resolve(s, m.Index, figEnd, va, vb, isWords: false, hasScale, yearLike));
    }

    private static bool IsYear(string digits) =>
        digits.Length == 4 && int.TryParse(digits, out var y) && y is >= 1800 and <= 2100;

    private bool TryValue(string digits, Group scale, out double value)
    {
        if (!NumberReader.TryReadDigits(digits, scale.Success, out value)) return false;
        if (scale.Success) value = Math.Round(value * ScaleOf(scale), 6);
        return true;
    }

    private double ScaleOf(Group scale)
    {
        var word = scale.Value.Trim(' ', '\u00A0', '-').ToLowerInvariant();
        return _scales.TryGetValue(word, out var v) ? v : 1;
    }

    private void AddWordNumbers(string s, List<Figure> into)
    {
        var words = Letters(s);
        ReadOnlySpan<char> W(int k) => s.AsSpan(words[k].Index, words[k].Length);
        int i = 0;
        while (i < words.Count)
        {
            int j = i;
            double total = 0, current = 0, factor = 1;
            bool any = false, scaleSeen = false;
            int lastEnd = -1;
            while (j < words.Count)
            {
                var w = W(j);
                if (w.Length > _numberPartLength || !_numberPartFirst[w[0] | 0x20] || !_numberParts.Contains(w)) break;
                if (j > i && !Gap(s, words[j - 1], words[j])) break;
                if (_unitsLookup.TryGetValue(w, out var u) || _tensLookup.TryGetValue(w, out u)) { current += u; any = true; }
                else if (Is(w, "hundred") && (any || Article(j > i ? W(j - 1) : default, j > i))) { current = Math.Max(current, 1) * 100; any = true; }
                else if ((Is(w, "thousand") || Is(w, "million") || Is(w, "billion") || Is(w, "lakh") || Is(w, "crore")) && (any || Article(j > i ? W(j - 1) : default, j > i) || factor != 1))
                {
                    total += Math.Max(current, 1) * _scalesLookup[w] * factor;
                    current = 0; factor = 1; any = true; scaleSeen = true;
                }
                else if ((Is(w, "a") || Is(w, "an")) && j + 1 < words.Count && IsScaleWord(W(j + 1))) { j++; continue; }
                else if (Is(w, "half") && j + 2 < words.Count && (W(j + 1) is "a" or "an") && IsScaleWord(W(j + 2))) { factor = 0.5; j++; continue; }
                else if (Is(w, "and") && any && j + 1 < words.Count && (IsNumberWord(W(j + 1)) || W(j + 1) is "a")) { j++; continue; }
                else if (Is(w, "half") && any && j > i && W(j - 1) is "a") { current += 0.5; }
                else break;
                lastEnd = words[j].Index + words[j].Length;
                j++;
            }
            if (any && lastEnd > 0)
            {
                double value = total + current;
                int start = words[i].Index;
                // skip "a"/"an"/"half" glue at the start that only led to a scale
                bool small = !scaleSeen && value < 2;
                if (!small && value > 0) into.Add(Resolve(s, start, lastEnd, value, null, isWords: true, scaleSeen, false));
                i = j;
            }
            else i++;
        }
    }

    // [A-Za-z]+
    private static List<(int Index, int Length)> Letters(string s)
    {
        var words = new List<(int, int)>();
        for (int p = 0; p < s.Length; p++)
        {
            if (!char.IsAsciiLetter(s[p])) continue;
            int e = p + 1;
            while (e < s.Length && char.IsAsciiLetter(s[e])) e++;
            words.Add((p, e - p));
            p = e;
        }
        return words;
    }

    private static bool Is(ReadOnlySpan<char> word, string lower) => word.Equals(lower, StringComparison.OrdinalIgnoreCase);

    private static bool Article(ReadOnlySpan<char> previous, bool exists) => exists && (Is(previous, "a") || Is(previous, "an"));

    private static bool IsScaleWord(ReadOnlySpan<char> w) =>
        Is(w, "hundred") || Is(w, "thousand") || Is(w, "million") || Is(w, "billion") || Is(w, "lakh") || Is(w, "crore");

    private bool IsNumberWord(ReadOnlySpan<char> w) => _unitsLookup.ContainsKey(w) || _tensLookup.ContainsKey(w) || IsScaleWord(w);

    private static bool Gap(string s, (int Index, int Length) a, (int Index, int Length) b)
    {
        for (int c = a.Index + a.Length; c < b.Index; c++)
            if (s[c] is not (' ' or '-' or '\u00A0')) return false;
        return true;
    }

    private void AddOrder(string s, int index, int length, List<Figure> into)
    {
        var key = Whitespace().Replace(s.Substring(index, length).ToLowerInvariant(), " ");
        foreach (var (pattern, low, high) in _orders)
        {
            if (!pattern.IsMatch(key)) continue;
            var f = Resolve(s, index, index + length, high, null, isWords: true, hasScale: true, yearLike: false, order: (low, high));
            into.Add(f);
            return;
        }
    }

    // length of the match of a ^-anchored pattern at the start of the text, or -1
    private static int MatchLength(Regex rx, ReadOnlySpan<char> text)
    {
        foreach (var m in rx.EnumerateMatches(text)) return m.Length;
        return -1;
    }

    private Figure Resolve(string s, int start, int end, double value, double? upper, bool isWords, bool hasScale, bool yearLike, (double Low, double High)? order = null)
    {
        // unit right after the number: "30 kilometres", "six miles", "48 hours", "3,000 vehicles"
        CountUnit? unit = null;
        double factor = 1;
        int textEnd = end;
        var rest = s.AsSpan(end);
        var rest1 = order is not null && rest.StartsWith(" of ", StringComparison.OrdinalIgnoreCase) ? rest[4..] : rest;
        int restOffset = end + (rest.Length - rest1.Length);
        int um;
        if ((um = MatchLength(_unitAfter[CountUnit.Km], rest1)) >= 0) { unit = CountUnit.Km; textEnd = restOffset + um; }
        else if ((um = MatchLength(_milesAfter, rest1)) >= 0) { unit = CountUnit.Km; factor = 1.609; textEnd = restOffset + um; }
        else if ((um = MatchLength(_unitAfter[CountUnit.Hours], rest1)) >= 0) { unit = CountUnit.Hours; textEnd = restOffset + um; }
        else if (_unitAfter[CountUnit.Vehicles].IsMatch(rest1) && !rest1.TrimStart().StartsWith("of ", StringComparison.OrdinalIgnoreCase)) unit = CountUnit.Vehicles;
        else if (_daysAfter.IsMatch(rest1)) unit = null; // a duration in days: decided by the claim builder

        // qualifier words right before the number
        var before = s.AsSpan()[Math.Max(0, start - 48)..start];
        Qualifier q = Qualifier.Exact;
        int qStart = start;
        int best = 0;
        var beforeStarts = WordStarts.Of(before);
        foreach (var (kind, rx) in _qualifiers)
        {
            if (rx.TryMatch(before, 0, beforeStarts, out int qIndex, out int qLength) && qLength > best) { best = qLength; q = kind; qStart = start - before.Length + qIndex; }
        }
        int afterLength = MatchLength(AfterQualifier(), s.AsSpan(textEnd));
        if (afterLength >= 0 && q == Qualifier.Exact)
        {
            var w = s.Substring(textEnd, afterLength).ToLowerInvariant();
            q = w.Contains("more") || w.Contains("plus") || w.Contains('+') || w.Contains("counting") ? Qualifier.AtLeast
                : w.Contains("so") ? Qualifier.Approx : Qualifier.AtMost;
            if (w.Contains("plus") || w.Contains('+')) textEnd += afterLength;
        }

        double? low, high;
        if (order is { } o)
        {
            // an order beats "approximately": the text is the order phrase alone
            if (q is Qualifier.Approx or Qualifier.Exact) qStart = start;
            q = Qualifier.Order;
            low = o.Low; high = o.High;
        }
        else if (upper is not null)
        {
            if (q is Qualifier.Approx or Qualifier.Exact or Qualifier.Range) { } else qStart = start;
            if (q == Qualifier.Approx) { } // "approximately 50,000-70,000": range wins, text keeps the word
            // "between 150,000 and 180,000": the text starts at the range's own word
            var head = s.AsSpan(0, start).TrimEnd();
            if (q == Qualifier.Exact && head.EndsWith("between", StringComparison.OrdinalIgnoreCase) && (head.Length == 7 || !char.IsLetter(head[^8]))) qStart = head.Length - 7;
            q = Qualifier.Range;
            low = value; high = upper;
        }
        else
        {
            (low, high) = q switch
            {
                Qualifier.AtLeast => ((double?)value, (double?)null),
                Qualifier.AtMost or Qualifier.Nearly => (null, value),
                _ => (value, value),
            };
        }
        if (factor != 1)
        {
            low = low is null ? null : Math.Round(low.Value * factor, 1);
            high = high is null ? null : Math.Round(high.Value * factor, 1);
        }
        var text = s[qStart..textEnd].Trim().TrimEnd(',', ';');
        return new Figure(qStart, start, textEnd, text, low, high, upper ?? value, q, unit, null, isWords, hasScale, yearLike);
    }
}
