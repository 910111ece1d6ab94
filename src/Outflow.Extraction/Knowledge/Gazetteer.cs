using System.Text;
using System.Text.RegularExpressions;

namespace Outflow.Extraction.Knowledge;

/// <summary>
/// Countries, groups of countries, places (crossings, cities, regions) and demonyms from the data
/// files, looked up by longest match over the words of a sentence.
/// </summary>
public sealed partial class Gazetteer
{
    private readonly Dictionary<string, (PlaceEntry Entry, bool Demonym, bool Plural, bool NeedsCapital)> _names = new();
    private readonly Dictionary<string, PlaceEntry> _countries = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string[]> _groupMembers = new(StringComparer.OrdinalIgnoreCase);
    private int _maxWords = 1;

    [GeneratedRegex(@"(?:[A-Z]\.){2,}|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*")]
    private static partial Regex Word();

    public int Count => _names.Count;

    public IReadOnlyDictionary<string, PlaceEntry> Countries => _countries;

    public PlaceEntry? Country(string code) => _countries.GetValueOrDefault(code);

    public IReadOnlyList<string> Members(string groupCode) => _groupMembers.GetValueOrDefault(groupCode) ?? [];

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
        return g;
    }

    private void Add(string name, PlaceEntry entry, bool demonym)
    {
        var key = Key(name);
        if (key.Length == 0) return;
        // First writer wins: countries load before places, so a place never shadows a country name.
        if (_names.ContainsKey(key)) return;
        bool plural = demonym && (name.EndsWith('s') || name.EndsWith("ese") || name is "Dutch" or "British" or "Swiss");
        _names[key] = (entry, demonym, plural, char.IsUpper(name[0]));
        _maxWords = Math.Max(_maxWords, key.Count(c => c == ' ') + 1);
    }

    /// <summary>Finds gazetteer names in <paramref name="text"/>, longest match first, left to right.</summary>
    public List<PlaceHit> Find(string text)
    {
        var hits = new List<PlaceHit>();
        var words = Word().Matches(text);
        int count = words.Count;
        for (int i = 0; i < count; i++)
        {
            bool matched = false;
            for (int n = Math.Min(_maxWords, count - i); n >= 1 && !matched; n--)
            {
                // words must be separated by spaces or hyphens only, not by punctuation
                if (n > 1 && !Contiguous(text, words, i, n)) continue;
                var first = words[i].Value;
                var last = words[i + n - 1];
                var phrase = text[words[i].Index..(last.Index + last.Length)];
                if (TryLookup(phrase, first, out var value, out int trimmed))
                {
                    hits.Add(new PlaceHit(words[i].Index, last.Index + last.Length - trimmed, value.Entry, value.Demonym, value.Plural));
                    i += n - 1;
                    matched = true;
                }
            }
            if (!matched && GluedPrefix(words[i].Value) is { } prefix && TryLookup(prefix, prefix, out var v2, out _))
                hits.Add(new PlaceHit(words[i].Index, words[i].Index + prefix.Length, v2.Entry, v2.Demonym, v2.Plural));
        }
        return hits;
    }

    private bool TryLookup(string phrase, string firstWord, out (PlaceEntry Entry, bool Demonym, bool Plural, bool NeedsCapital) value, out int trimmed)
    {
        trimmed = 0;
        var key = Key(phrase);
        if (!_names.TryGetValue(key, out value))
        {
            // possessive: "Kazakhstan's", "Russia’s"
            if (key.EndsWith("'s") && _names.TryGetValue(key[..^2], out value)) trimmed = 2;
            else return false;
        }
        if (value.NeedsCapital && !char.IsUpper(firstWord[0])) return false;
        return true;
    }

    // Scraped text sometimes loses the dash between words: "Polandthe".
    private static string? GluedPrefix(string word)
    {
        foreach (var tail in GlueTails)
            if (word.Length > tail.Length + 3 && word.EndsWith(tail, StringComparison.Ordinal) && char.IsUpper(word[0]))
                return word[..^tail.Length];
        return null;
    }

    private static readonly string[] GlueTails = ["the", "and", "which", "while", "where"];

    private static bool Contiguous(string text, MatchCollection words, int i, int n)
    {
        for (int k = i; k < i + n - 1; k++)
        {
            int gapStart = words[k].Index + words[k].Length, gapEnd = words[k + 1].Index;
            for (int c = gapStart; c < gapEnd; c++)
                if (text[c] is not (' ' or '-' or '\u00A0')) return false;
        }
        return true;
    }

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
}
