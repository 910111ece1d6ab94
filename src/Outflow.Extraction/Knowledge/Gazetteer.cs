using System.Buffers;
using System.Globalization;
using System.Text;

namespace Outflow.Extraction.Knowledge;

/// <summary>
/// Countries, groups of countries, places (crossings, cities, regions) and demonyms from the data
/// files, looked up by longest match over the words of a sentence.
/// </summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, NameValue> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ulong> _prefixes = new(StringComparer.Ordinal); // and the first letters of the words that follow (KeyEntry.Bit)
    private Dictionary<string, KeyEntry>.AlternateLookup<ReadOnlySpan<char>> _keys;
    private int _maxKey = 1;
    // which words may start a name: any name, and the names that need no capital (a word in lower case starts no other)
    private readonly StartFilter _anyStart = new(), _lowerStart = new();
    private readonly Dictionary<string, PlaceEntry> _countries = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string[]> _groupMembers = new(StringComparer.OrdinalIgnoreCase);
    // groups outside the annotation contract's codes: what a claim reports instead (null: no destination)
    private readonly Dictionary<string, string?> _reportedAs = new(StringComparer.OrdinalIgnoreCase);
    private int _maxWords = 1;

    public int Count => _names.Count;

    public IReadOnlyDictionary<string, PlaceEntry> Countries => _countries;

    public PlaceEntry? Country(string code) => _countries.GetValueOrDefault(code);

    public IReadOnlyList<string> Members(string groupCode) => _groupMembers.GetValueOrDefault(groupCode) ?? [];

    /// <summary>The destination a claim gives for <paramref name="code"/>: a country or contract group as it is,
    /// another group as groups.tsv's "reported" column says ("EUROPE" as EU, "GULF" as none).</summary>
    public string? Reported(string? code) => code is not null && _reportedAs.TryGetValue(code, out var r) ? r : code;

    internal static Gazetteer Load(Lexicon lexicon)
    {
        var g = new Gazetteer();
        foreach (var (line, f) in DataFiles.Rows("countries.tsv"))
        {
            if (f.Length < 2 || f[0].Length != 2) throw new InvalidDataException($"countries.tsv:{line}: expected 'code<TAB>names<TAB>demonyms' with a 2-letter code");
            var names = DataFiles.List(f[1]);
            var entry = new PlaceEntry(f[0].ToUpperInvariant(), names[0], PlaceKind.Country);
            g._countries[entry.Code] = entry;
            foreach (var n in names) g.Add(n, entry, false);
            if (f.Length > 2)
                foreach (var d in DataFiles.List(f[2])) g.Add(d, entry, true);
        }
        foreach (var (line, f) in DataFiles.Rows("groups.tsv"))
        {
            if (f.Length < 2) throw new InvalidDataException($"groups.tsv:{line}: expected 'code<TAB>names<TAB>members'");
            var names = DataFiles.List(f[1]);
            var entry = new PlaceEntry(f[0].ToUpperInvariant(), names[0], PlaceKind.Group);
            foreach (var n in names) g.Add(n, entry, false);
            g._groupMembers[entry.Code] = f.Length > 2 ? DataFiles.List(f[2]) : [];
            if (f.Length > 3 && f[3].Trim() is { Length: > 0 } reported)
                g._reportedAs[entry.Code] = reported == "-" ? null : reported.ToUpperInvariant();
        }
        foreach (var (line, f) in DataFiles.Rows("places.tsv"))
        {
            if (f.Length < 4) throw new InvalidDataException($"places.tsv:{line}: expected 'name<TAB>aliases<TAB>country<TAB>kind'");
            if (!Enum.TryParse<PlaceKind>(f[3], true, out var kind) || kind is PlaceKind.Country or PlaceKind.Group)
                throw new InvalidDataException($"places.tsv:{line}: unknown kind '{f[3]}'");
            var entry = new PlaceEntry(f[2].ToUpperInvariant(), f[0], kind);
            g.Add(f[0], entry, false);
            foreach (var a in DataFiles.List(f[1])) g.Add(a, entry, false);
        }
        foreach (var (code, phrases) in lexicon.Set("people"))
        {
            var country = g._countries.GetValueOrDefault(code) ?? new PlaceEntry(code, code, PlaceKind.Country);
            foreach (var p in phrases) g.Add(p, country, true);
        }
        // one span lookup per phrase says whether it is a name and whether it can grow into one
        var keys = new Dictionary<string, KeyEntry>(StringComparer.Ordinal);
        foreach (var (k, v) in g._names) keys[k] = new KeyEntry(true, v, g._prefixes.ContainsKey(k), g._prefixes.GetValueOrDefault(k));
        foreach (var (p, next) in g._prefixes) keys.TryAdd(p, new KeyEntry(false, default, true, next));
        g._keys = keys.GetAlternateLookup<ReadOnlySpan<char>>();
        return g;
    }

    private void Add(string name, PlaceEntry entry, bool demonym)
    {
        var key = Key(name);
        if (key.Length == 0) return;
        // First writer wins: countries load before places, so a place never shadows a country name.
        if (_names.ContainsKey(key)) return;
        bool plural = demonym && (name.EndsWith('s') || name.EndsWith("ese") || name is "Dutch" or "British" or "Swiss");
        _names[key] = new NameValue(entry, demonym, plural, char.IsUpper(name[0]));
        _maxWords = Math.Max(_maxWords, key.Count(c => c == ' ') + 1);
        _maxKey = Math.Max(_maxKey, key.Length);
        // the names' first words, first two words, ...: a phrase grows by a word only while it can still become a
        // name, and it is looked up only where a word ends (a prefix ending inside a word is never asked for, and
        // leaving those out keeps the lookup table small enough to stay in cache)
        for (int n = 1; n < key.Length; n++)
        {
            if (key[n] is not (' ' or '-')) continue;
            int next = n;
            while (next < key.Length && key[next] is ' ' or '-') next++;
            var prefix = key[..n];
            _prefixes[prefix] = _prefixes.GetValueOrDefault(prefix) | (next < key.Length ? KeyEntry.Bit(key[next]) : 0);
        }
        _anyStart.Add(key);
        if (!_names[key].NeedsCapital) _lowerStart.Add(key);
    }

    // capitalised words that make a place name part of an outlet's or a body's name
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NameWords = new HashSet<string>(
        ["Newswire", "News", "Times", "Weekly", "Daily", "Post", "Herald", "Radio", "Television", "TV", "Press", "Tribune", "Gazette",
         "Journal", "Observer", "Telegraph", "Insider", "Chronicle", "Today", "Airways", "Airlines", "Newsroom", "Dispatch", "Wire"],
        StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Finds gazetteer names in <paramref name="text"/>, longest match first, left to right.</summary>
    public List<PlaceHit> Find(string text)
    {
        var hits = new List<PlaceHit>();
        var tokens = ArrayPool<int>.Shared.Rent(2 * text.Length + 2);
        try
        {
            int count = Tokenize(text, tokens);
            // a key never grows shorter as words are added; "'s" may follow the longest name
            Span<char> key = stackalloc char[_maxKey + 3];
            for (int i = 0; i < count; i++)
            {
                int first = tokens[2 * i];
                int best = 0, bestTrim = 0;
                NameValue bestValue = default;
                int len = 0;
                int limit = Math.Min(_maxWords, count - i);
                KeyEntry previous = default;
                for (int n = 1; n <= limit; n++)
                {
                    int ws = tokens[2 * (i + n - 1)], we = tokens[2 * (i + n - 1) + 1];
                    // most words start no name at all: a few bit tests on their first characters spare the lookups
                    if (n == 1 && !(char.IsUpper(text[ws]) ? _anyStart : _lowerStart).MayStart(text, ws, we, key)) break;
                    // the phrase so far starts only names whose next word begins otherwise
                    if (n > 1 && !previous.MayGoOnWith(FoldKeyChar(text[ws]))) break;
                    // words must be separated by spaces or hyphens only, not by punctuation
                    if (n > 1 && !AppendGap(text, tokens[2 * (i + n - 2) + 1], ws, key, ref len)) break;
                    if (!AppendWord(text, ws, we, key, ref len)) break;
                    bool known = _keys.TryGetValue(key[..len], out var entry);
                    if (TryLookup(key[..len], known, entry, text[first], out var value, out int trimmed))
                    {
                        best = n; bestTrim = trimmed; bestValue = value;
                    }
                    if (!known || !entry.IsPrefix) break;
                    previous = entry;
                }
                if (best > 0)
                {
                    int end = tokens[2 * (i + best - 1) + 1];
                    // "told Caucasus Newswire", "the Moscow Times": the name of an outlet or a body, not a place
                    if (bestTrim == 0 && i + best < count && tokens[2 * (i + best)] == end + 1 && text[end] == ' '
                        && NameWords.Contains(text.AsSpan(end + 1, tokens[2 * (i + best) + 1] - end - 1)))
                    {
                        i += best;
                        continue;
                    }
                    hits.Add(new PlaceHit(first, end - bestTrim, bestValue.Entry, bestValue.Demonym, bestValue.Plural));
                    i += best - 1;
                    continue;
                }
                var word = text.AsSpan(first, tokens[2 * i + 1] - first);
                if (GluedPrefix(word) is int cut)
                {
                    len = 0;
                    if (AppendWord(text, first, first + cut, key, ref len) && TryLookup(key[..len], _keys.TryGetValue(key[..len], out var e2), e2, text[first], out var v2, out _))
                        hits.Add(new PlaceHit(first, first + cut, v2.Entry, v2.Demonym, v2.Plural));
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(tokens);
        }
        return hits;
    }

    /// <summary>
    /// Splits text into words as <c>(?:[A-Z]\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*</c> would,
    /// writing start and end offsets in pairs; returns the number of words.
    /// </summary>
    internal static int Tokenize(string text, int[] into)
    {
        int count = 0, pos = 0, n = text.Length;
        while (pos < n)
        {
            // initialisms: "U.S.", "E.U."
            int k = pos;
            while (k + 1 < n && text[k] is >= 'A' and <= 'Z' && text[k + 1] == '.') k += 2;
            if (k - pos >= 4)
            {
                into[2 * count] = pos; into[2 * count + 1] = k; count++;
                pos = k;
                continue;
            }
            if (!IsWordChar(text[pos])) { pos++; continue; }
            int e = pos + 1;
            while (true)
            {
                while (e < n && IsWordChar(text[e])) e++;
                if (e + 1 < n && text[e] is '-' or '\'' or '’' && IsWordChar(text[e + 1])) { e += 2; continue; }
                break;
            }
            // "Colombian-born": the demonym is a word of its own
            if (e - pos > 6 && text.AsSpan(e - 5, 5).Equals("-born", StringComparison.OrdinalIgnoreCase)) e -= 5;
            into[2 * count] = pos; into[2 * count + 1] = e; count++;
            pos = e;
        }
        return count;
    }

    private static bool IsWordChar(char c)
    {
        if (c < 128) return char.IsAsciiLetterOrDigit(c);
        return CharUnicodeInfo.GetUnicodeCategory(c) <= UnicodeCategory.OtherNumber; // \p{L}, \p{M}, \p{N}
    }

    // The key of a gap between two words, as Key() writes it; false when the gap holds punctuation or the key is full.
    private static bool AppendGap(string text, int from, int to, Span<char> key, ref int len)
    {
        bool space = false;
        for (int c = from; c < to; c++)
        {
            char ch = text[c];
            if (ch is ' ' or '\u00A0') { space = true; continue; }
            if (ch != '-') return false;
            if (space) { if (len == key.Length) return false; key[len++] = ' '; }
            space = false;
            if (len == key.Length) return false;
            key[len++] = '-';
        }
        if (space) { if (len == key.Length) return false; key[len++] = ' '; }
        return true;
    }

    private static bool AppendWord(string text, int from, int to, Span<char> key, ref int len)
    {
        if (len + (to - from) > key.Length) return false;
        for (int c = from; c < to; c++) key[len++] = FoldKeyChar(text[c]);
        return true;
    }

    // a character of text as Key() writes it: ASCII folds to lower case, and the backtick to an apostrophe, as Fold says
    private static char FoldKeyChar(char ch) =>
        ch < 128 ? ch == '`' ? '\'' : (char)(char.IsAsciiLetterUpper(ch) ? ch | 0x20 : ch) : Fold(char.ToLowerInvariant(ch));


    // the name a key stands for (found: whether the key itself is known, and as what)
    private bool TryLookup(ReadOnlySpan<char> key, bool found, KeyEntry entry, char firstChar, out NameValue value, out int trimmed)
    {
        trimmed = 0;
        if (found && entry.IsName) value = entry.Name;
        // possessive: "Kazakhstan's", "Russia’s"
        else if (key.EndsWith("'s") && _keys.TryGetValue(key[..^2], out var bare) && bare.IsName) { value = bare.Name; trimmed = 2; }
        else { value = default; return false; }
        if (value.NeedsCapital && !char.IsUpper(firstChar)) return false;
        return true;
    }

    // Scraped text sometimes loses the dash between words: "Polandthe". Returns the length of the name part.
    private static int? GluedPrefix(ReadOnlySpan<char> word)
    {
        if (word.Length < 7 || !char.IsUpper(word[0])) return null;
        foreach (var tail in GlueTails)
            if (word.Length > tail.Length + 3 && word.EndsWith(tail, StringComparison.Ordinal) && char.IsUpper(word[0]))
                return word.Length - tail.Length;
        return null;
    }

    private static readonly string[] GlueTails = ["the", "and", "which", "while", "where"];

    internal static string Key(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (var ch in s.Trim())
        {
            char c = char.ToLowerInvariant(ch);
            if (c is ' ' or '\u00A0' or '\t') { space = true; continue; }
            if (space && sb.Length > 0) sb.Append(' ');
            space = false;
            sb.Append(Fold(c));
        }
        return sb.ToString();
    }

    private static char Fold(char c) => c switch
    {
        '’' or '‘' or '`' => '\'',
        '–' or '—' => '-',
        'á' or 'à' or 'â' or 'ä' or 'ã' or 'å' or 'ā' or 'ă' => 'a',
        'é' or 'è' or 'ê' or 'ë' or 'ē' or 'ė' or 'ę' or 'ě' => 'e',
        'í' or 'ì' or 'î' or 'ï' or 'ī' or 'ı' => 'i',
        'ó' or 'ò' or 'ô' or 'ö' or 'õ' or 'ø' or 'ō' or 'ő' => 'o',
        'ú' or 'ù' or 'û' or 'ü' or 'ū' or 'ů' or 'ű' => 'u',
        'ç' or 'č' or 'ć' => 'c',
        'ş' or 'š' or 'ś' or 'ș' => 's',
        'ž' or 'ź' or 'ż' => 'z',
        'ñ' or 'ń' or 'ň' => 'n',
        'ğ' => 'g',
        'ř' => 'r',
        'ł' => 'l',
        'ý' or 'ÿ' => 'y',
        'ț' or 'ţ' => 't',
        _ => c,
    };

    /// <summary>
    /// Bit sets of the first one to four characters of a set of keys: most words start none of them, and a few bit
    /// tests on their first letters spare the lookups.
    /// </summary>
    private sealed class StartFilter
    {
        private readonly bool[] _firstChar = new bool[char.MaxValue + 1];
        private readonly bool[] _oneCharName = new bool[char.MaxValue + 1];
        private readonly ulong[] _firstPair = new ulong[(1 << 16) / 64]; // bit set by the low bytes of a key's first two characters
        private readonly ulong[] _firstTriple = new ulong[(1 << 15) / 64]; // bit set by the low five bits of a key's first three characters
        private readonly ulong[] _firstQuad = new ulong[(1 << 20) / 64]; // the same for the first four characters

        public void Add(string key)
        {
            _firstChar[key[0]] = true;
            if (key.Length == 1) _oneCharName[key[0]] = true;
            else
            {
                int pair = PairIndex(key[0], key[1]);
                _firstPair[pair >> 6] |= 1UL << (pair & 63);
            }
            if (key.Length >= 3)
            {
                int triple = TripleIndex(key);
                _firstTriple[triple >> 6] |= 1UL << (triple & 63);
            }
            if (key.Length >= 4)
            {
                int quad = QuadIndex(key);
                _firstQuad[quad >> 6] |= 1UL << (quad & 63);
            }
        }

        /// <summary>May of the word text[from..to], folding only the (at most four) characters it tests into scratch.</summary>
        public bool MayStart(string text, int from, int to, Span<char> scratch)
        {
            if (to - from > scratch.Length) return false; // longer than any name: AppendWord would refuse it too
            int n = Math.Min(to - from, 4);
            for (int k = 0; k < n; k++) scratch[k] = FoldKeyChar(text[from + k]);
            return May(scratch[..n]); // it reads no further than the fourth character
        }

        // Whether a one-word key can be a name, the possessive of a name or the start of a longer name.
        private bool May(ReadOnlySpan<char> key)
        {
            if (key.Length == 1) return _firstChar[key[0]];
            if (key.Length == 3 && key[1] == '\'' && key[2] == 's' && _oneCharName[key[0]]) return true;
            if ((_firstPair[PairIndex(key[0], key[1]) >> 6] & 1UL << (PairIndex(key[0], key[1]) & 63)) == 0) return false;
            // a longer word starts as some name or prefix of one does (the first three and four characters of every key
            // are recorded), unless a possessive "'s" comes within them: "uk's" is the possessive of a two-letter name
            if (key.Length < 3 || key[..3].Contains('\'')) return true;
            int triple = TripleIndex(key);
            if ((_firstTriple[triple >> 6] & 1UL << (triple & 63)) == 0) return false;
            // and the first four, unless the possessive of a three-letter name comes within them ("uae's")
            if (key.Length < 4 || key[3] == '\'') return true;
            int quad = QuadIndex(key);
            return (_firstQuad[quad >> 6] & 1UL << (quad & 63)) != 0;
        }

        private static int PairIndex(char a, char b) => (a & 0xFF) << 8 | (b & 0xFF);

        private static int TripleIndex(ReadOnlySpan<char> key) => (key[0] & 0x1F) << 10 | (key[1] & 0x1F) << 5 | (key[2] & 0x1F);

        private static int QuadIndex(ReadOnlySpan<char> key) => TripleIndex(key) << 5 | (key[3] & 0x1F);
    }
}
