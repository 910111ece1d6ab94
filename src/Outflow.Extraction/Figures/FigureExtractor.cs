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
    // South Asian grouping first ("3,13,000", "12,34,567": lakh and crore places), then thousands groups (the Swiss
    // apostrophe too: "12'500"), then plain
    private const string Num = @"\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])|\d{1,3}(?:(?:,|\.|[ \u00A0\u202F])\d{3})+(?!\d)(?:[.,]\d+)?|\d{1,3}(?:['’]\d{3})+(?!\d)|\d+(?:[.,]\d+)?";
    private const string Scale = @"(?:(?<att>[kKmM]|bn|mn|mln)(?![\p{L}\p{N}])|[ \u00A0]?-?(?<sc>million|billion|thousand|lakhs?|lacs?|crores?|mln|bn|mn)(?![\p{L}]))";

    [GeneratedRegex(@"(?<![\p{L}\p{N}_/:.,\-\$€£₽¥₹#])(?<a>" + Num + ")(?<as>" + Scale + @")?(?:\s*(?<sep>[-–—]|to)\s*(?<b>" + Num + ")(?<bs>" + Scale + @")?)?", RegexOptions.CultureInvariant)]
    private static partial Regex DigitFigure();

    [GeneratedRegex(@"^\s+and\s+(?<b>" + Num + ")(?<bs>" + Scale + @")?", RegexOptions.CultureInvariant)]
    private static partial Regex AndSecond();

    // (anchored at the end and run right to left: tried once at the figure, not from every character of the sentence)
    [GeneratedRegex(@"(?<![\d.,])0\d{0,3}(?:[ \u00A0]\d{2,4})+[ \u00A0]$", RegexOptions.RightToLeft)]
    private static partial Regex PhoneBefore();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(?:\s+to\s+|\s*[-–]\s*)$")]
    private static partial Regex RangeJoint();

    [GeneratedRegex(@"(?:^|\W)between\s+$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
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
    private readonly ulong[] _numberPartStart = new ulong[(1 << 15) / 64]; // bit set of their first three letters (five bits each), lower case
    private readonly bool _numberPartsAscii = true; // all plain ASCII letters: the bit set applies
    private readonly List<string> _shortNumberParts = new(); // those of one or two letters ("a", "an")
    private readonly int _numberPartLength; // the longest
    private readonly List<(Regex Pattern, double Low, double High)> _orders = new();
    private readonly PhraseMatcher _orderAny;
    private readonly List<(Qualifier Q, PhraseMatcher Before)> _qualifiers = new();
    private readonly PhraseMatcher _anyQualifier; // every qualifier phrase: one scan finds the longest, then its kind is asked
    private readonly UnitAfter _kmAfter, _milesAfter, _hoursAfter;
    private readonly Regex _vehiclesAfter;

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
        _numberParts = _units.Keys.Concat(_tens.Keys).Concat(["hundred", "thousand", "million", "billion", "lakh", "crore", "a", "an", "half", "and", "quarter", "quarters", "of"])
            .ToHashSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var w in _numberParts.Set)
        {
            if (w.Length == 0 || !w.All(char.IsAsciiLetter)) _numberPartsAscii = false; // no shortcut
            else if (w.Length >= 3) { int k = Prefix3(w); _numberPartStart[k >> 6] |= 1UL << (k & 63); }
            else _shortNumberParts.Add(w);
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
        _anyQualifier = Lexicon.Compile(new[] { "at_least", "at_most", "nearly", "approx" }.SelectMany(k => lex.Phrases("qualifier", k)), null, @"[\s,]*$");
        _kmAfter = new UnitAfter(lex.Phrases("unit", "km"));
        _hoursAfter = new UnitAfter(lex.Phrases("unit", "hours"));
        _milesAfter = new UnitAfter(lex.Phrases("unit", "miles"));
        _vehiclesAfter = Lexicon.Build(lex.Phrases("unit", "vehicles"), @"^\s*(?:[\p{L}-]+\s+){0,2}", null);
    }

    /// <summary>Finds the figures of one sentence, skipping numbers inside the given masked spans (dates).</summary>
    public List<Figure> Find(string s, IReadOnlyList<(int Start, int End)> masked, WordStarts? starts = null)
    {
        var found = new List<Figure>();
        foreach (Match m in DigitFigure().Matches(s)) AddDigit(s, m, masked, found);
        AddWordNumbers(s, found);
        foreach (var (index, length) in _orderAny.Matches(s, starts)) AddOrder(s, index, length, found);

        found.Sort((a, b) => a.NumberStart != b.NumberStart ? a.NumberStart.CompareTo(b.NumberStart) : (b.End - b.Start).CompareTo(a.End - a.Start));
        var result = new List<Figure>();
        foreach (var f in found)
        {
            if (result.Count > 0 && f.NumberStart < result[^1].End) continue;
            if (IsMasked(masked, f.NumberStart, f.End, f.HasScale)) continue;
            result.Add(f);
        }
        return result;
    }

    // a number inside a date is no figure, unless the figure spans the whole date with a scale ("2022 million" is no date)
    private static bool IsMasked(IReadOnlyList<(int Start, int End)> masked, int start, int end, bool hasScale)
    {
        foreach (var r in masked)
            if (start < r.End && r.Start < end && !(start <= r.Start && end >= r.End && hasScale)) return true;
        return false;
    }

    private void AddDigit(string s, Match m, IReadOnlyList<(int Start, int End)> masked, List<Figure> into)
    {
        var a = m.Groups["a"];
        int end = m.Index + m.Length;
        // ordinals, times, codes: "24th", "10am", "B2" are not figures
        // (a unit written onto the number is a figure: "20km", "36hrs")
        if (end < s.Length && char.IsLetter(s[end]) && !m.Groups["as"].Success && !m.Groups["bs"].Success
            && _kmAfter.MatchLength(s.AsSpan(end), s[end]) < 0 && _hoursAfter.MatchLength(s.AsSpan(end), s[end]) < 0) return;
        if (end < s.Length && s[end] == ':' && end + 1 < s.Length && char.IsDigit(s[end + 1])) return;
        if (m.Index > 0 && s[m.Index - 1] == '[') return; // citation marker "[12]"
        if (end < s.Length && (s[end] == '%' || s[end] == '‰')) return;
        // a telephone number, "0 800 800 11": no count is written with a leading zero before a group (nor is its tail, "11")
        if (a.Length > 2 && a.Value[0] == '0' && a.Value[1] is ' ' or '\u00A0' or '\u202F') return;
        if (m.Index > 6 && char.IsAsciiDigit(s[m.Index - 2]) && PhoneBefore().IsMatch(s.AsSpan(0, m.Index))) return;

        if (!TryValue(a.Value, m.Groups["as"], out var va)) return;
        double? vb = null;
        int figEnd = end;
        if (m.Groups["b"].Success)
        {
            if (!TryValue(m.Groups["b"].Value, m.Groups["bs"], out var vbv)) return;
            // "5-6 million": the scale of the second number applies to the first
            if (!m.Groups["as"].Success && m.Groups["bs"].Success && va < vbv / 100) va *= ScaleOf(m.Groups["bs"]);
            // "5-7,000", "500-800,000": a bare first number shares the second's thousands
            else if (!m.Groups["as"].Success && !m.Groups["bs"].Success && va >= 1 && va < vbv / 100 && IsBare(a.Value) && !IsBare(m.Groups["b"].Value) && !IsYear(a.Value))
                while (va < vbv / 100) va *= 1000;
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
        // masked now, before the unit and qualifier reading (the figure only grows from here, so a date it overlaps
        // now it overlaps then): most years and days of dates stop here
        if (!hasScale && IsMasked(masked, m.Index, figEnd, false)) return;
        bool yearLike = vb is null && !hasScale && IsYear(a.Value);
        into.Add(Resolve(s, m.Index, figEnd, va, vb, isWords: false, hasScale, yearLike));
    }

    // digits with no thousands mark and no decimals
    private static bool IsBare(string digits) => digits.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0;

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
        var words = NumberWords(s);
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
                if (j > i && !Gap(s, words[j - 1], words[j])) break;
                if (_unitsLookup.TryGetValue(w, out var u) || _tensLookup.TryGetValue(w, out u)) { current += u; any = true; }
                else if (Is(w, "hundred") && (any || Article(j > i ? W(j - 1) : default, j > i))) { current = Math.Max(current, 1) * 100; any = true; }
                else if ((Is(w, "thousand") || Is(w, "million") || Is(w, "billion") || Is(w, "lakh") || Is(w, "crore")) && (any || Article(j > i ? W(j - 1) : default, j > i) || factor != 1))
                {
                    total += Math.Max(current, 1) * _scalesLookup[w] * factor;
                    current = 0; factor = 1; any = true; scaleSeen = true;
                }
                else if ((Is(w, "a") || Is(w, "an")) && j + 1 < words.Count && IsScaleWord(W(j + 1))) { j++; continue; }
                // "a quarter of a million", "three-quarters of a million"
                else if ((Is(w, "a") || Is(w, "an")) && j + 1 < words.Count && Is(W(j + 1), "quarter") && Gap(s, words[j], words[j + 1]) && QuarterOfScale(s, words, j + 1)) { j++; continue; }
                else if ((Is(w, "quarter") || Is(w, "quarters")) && QuarterOfScale(s, words, j)) { factor = 0.25 * Math.Max(current, 1); current = 0; j += 2; continue; }
                else if (Is(w, "half") && j + 2 < words.Count && (W(j + 1) is "a" or "an") && IsScaleWord(W(j + 2))) { factor = 0.5; j++; continue; }
                // "one hundred and twenty", "two thousand and five"; "three and four" is two numbers
                else if (Is(w, "and") && any && j + 1 < words.Count && (IsNumberWord(W(j + 1)) && IsScaleWord(W(j - 1)) || W(j + 1) is "a")) { j++; continue; }
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
                // "between three and four hours": a range of two small written numbers
                if (!scaleSeen && j + 1 < words.Count && Is(W(j), "and") && Gap(s, words[j - 1], words[j]) && Gap(s, words[j], words[j + 1])
                    && (_unitsLookup.TryGetValue(W(j + 1), out var second) || _tensLookup.TryGetValue(W(j + 1), out second)) && second > value
                    && BetweenBefore().IsMatch(s.AsSpan(0, start)))
                {
                    into.Add(Resolve(s, start, words[j + 1].Index + words[j + 1].Length, value, second, isWords: true, false, false));
                    i = j + 2;
                    continue;
                }
                // "six to eight hours", "ten-twelve": a range written in words (not "six to eight thousand")
                if (!scaleSeen && j < words.Count && RangeJoint().IsMatch(s.AsSpan(lastEnd, words[j].Index - lastEnd))
                    && (_unitsLookup.TryGetValue(W(j), out var upper) || _tensLookup.TryGetValue(W(j), out upper)) && upper > value
                    && !(j + 1 < words.Count && Gap(s, words[j], words[j + 1])))
                {
                    into.Add(Resolve(s, start, words[j].Index + words[j].Length, value, upper, isWords: true, false, false));
                    i = j + 1;
                    continue;
                }
                if (!small && value > 0) into.Add(Resolve(s, start, lastEnd, value, null, isWords: true, scaleSeen, false));
                i = j;
            }
            else i++;
        }
    }

    // "quarter of a million": "of", "a"/"an" and a scale word follow, nothing but spaces between
    private bool QuarterOfScale(string s, List<(int Index, int Length)> words, int k) =>
        k + 3 < words.Count && Is(s.AsSpan(words[k + 1].Index, words[k + 1].Length), "of") && s.AsSpan(words[k + 2].Index, words[k + 2].Length) is "a" or "an"
        && IsScaleWord(s.AsSpan(words[k + 3].Index, words[k + 3].Length)) && Gap(s, words[k], words[k + 1]) && Gap(s, words[k + 1], words[k + 2]) && Gap(s, words[k + 2], words[k + 3]);

    // the [A-Za-z]+ words that are number parts ("two", "hundred", "a", "and"), in order. Only they can make up a
    // number, and two of them belong to one number only when nothing but spaces and hyphens lies between (Gap),
    // so the words between them need not be listed.
    private List<(int Index, int Length)> NumberWords(string s)
    {
        var words = new List<(int, int)>();
        for (int p = 0; p < s.Length; p++)
        {
            if (!char.IsAsciiLetter(s[p])) continue;
            int e = p + 1;
            while (e < s.Length && char.IsAsciiLetter(s[e])) e++;
            int length = e - p;
            if (length <= _numberPartLength && MayBeNumberPart(s.AsSpan(p, length)) && _numberParts.Contains(s.AsSpan(p, length))) words.Add((p, length));
            p = e;
        }
        return words;
    }

    // a bit test on the first three letters of a word of ASCII letters; shorter words are compared with the short number parts
    private bool MayBeNumberPart(ReadOnlySpan<char> w)
    {
        if (!_numberPartsAscii) return true;
        if (w.Length >= 3) { int k = Prefix3(w); return (_numberPartStart[k >> 6] & 1UL << (k & 63)) != 0; }
        foreach (var part in _shortNumberParts)
            if (w.Equals(part, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static int Prefix3(ReadOnlySpan<char> w) => (w[0] & 0x1F) << 10 | (w[1] & 0x1F) << 5 | (w[2] & 0x1F);

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
        // every unit pattern needs a letter after the spaces and hyphens that follow the number: most figures are
        // followed by punctuation or by a word no unit starts with, and skip the patterns
        int lead = 0;
        while (lead < rest1.Length && (char.IsWhiteSpace(rest1[lead]) || rest1[lead] == '-')) lead++;
        char next = lead < rest1.Length ? rest1[lead] : '\0';
        if (char.IsLetter(next))
        {
            int um;
            if ((um = _kmAfter.MatchLength(rest1, next)) >= 0) { unit = CountUnit.Km; textEnd = restOffset + um; }
            else if ((um = _milesAfter.MatchLength(rest1, next)) >= 0) { unit = CountUnit.Km; factor = 1.609; textEnd = restOffset + um; }
            else if ((um = _hoursAfter.MatchLength(rest1, next)) >= 0) { unit = CountUnit.Hours; textEnd = restOffset + um; }
            else if (_vehiclesAfter.IsMatch(rest1) && !rest1.TrimStart().StartsWith("of ", StringComparison.OrdinalIgnoreCase)) unit = CountUnit.Vehicles;
        }

        // qualifier words right before the number
        var before = s.AsSpan()[Math.Max(0, start - 48)..start];
        Qualifier q = Qualifier.Exact;
        int qStart = start;
        int best = 0;
        var beforeStarts = WordStarts.Of(before);
        // the longest qualifier phrase ending right before the number (the leftmost match: each ends at the number),
        // of the first kind that has it
        if (_anyQualifier.TryMatch(before, 0, beforeStarts, out int anyIndex, out _))
        {
            var phrase = before[anyIndex..];
            foreach (var (kind, rx) in _qualifiers)
            {
                if (rx.TryMatch(phrase, 0, out int qIndex, out int qLength) && qIndex == 0) { best = qLength; q = kind; qStart = start - phrase.Length; break; }
            }
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

    /// <summary>A unit's pattern right after a number ("30 km", "a 12-hour wait"), tried only when the word there starts as one of its phrases may.</summary>
    private sealed class UnitAfter
    {
        private readonly Regex _rx;
        private readonly bool[]? _first; // the phrases' first letters, lower case; null: any letter may start one

        public UnitAfter(IEnumerable<string> phrases)
        {
            var list = phrases.Select(p => p.TrimStart('-')).ToList();
            _rx = Lexicon.Build(list, @"^[\s\u00A0]*-?", null);
            if (list.Count > 0 && list.All(p => p.Length > 0 && char.IsAsciiLetter(p[0])))
            {
                _first = new bool[128];
                foreach (var p in list) _first[p[0] | 0x20] = true;
            }
        }

        /// <summary>The length of the match at the start of <paramref name="rest"/>, or -1; <paramref name="next"/> is its first letter.</summary>
        public int MatchLength(ReadOnlySpan<char> rest, char next)
        {
            if (_first is not null && next < 128 && !_first[next | 0x20]) return -1;
            foreach (var m in _rx.EnumerateMatches(rest)) return m.Length;
            return -1;
        }
    }
}
