using System.Text.RegularExpressions;

namespace Outflow.Extraction.Knowledge;

/// <summary>The word lists of lexicon.tsv, by set and key, with compiled matchers.</summary>
public sealed class Lexicon
{
    private readonly Dictionary<(string Set, string Key), string[]> _entries = new();

    internal static Lexicon Load(string file = "lexicon.tsv")
    {
        var lex = new Lexicon();
        foreach (var (line, f) in DataFiles.Rows(file))
        {
            if (f.Length < 3) throw new InvalidDataException($"{file}:{line}: expected 3 tab-separated columns");
            var key = (f[0], f[1]);
            var phrases = DataFiles.List(f[2]);
            lex._entries[key] = lex._entries.TryGetValue(key, out var old) ? [.. old, .. phrases] : phrases;
        }
        return lex;
    }

    public string[] Phrases(string set, string key) => _entries.TryGetValue((set, key), out var p) ? p : [];

    public IEnumerable<(string Key, string[] Phrases)> Set(string set) =>
        _entries.Where(e => e.Key.Set == set).Select(e => (e.Key.Key, e.Value));

    /// <summary>A case-insensitive matcher of any phrase of the entry as whole words, longest first.</summary>
    public PhraseMatcher Matcher(string set, string key, string? prefix = null, string? suffix = null) =>
        Compile(Phrases(set, key), prefix, suffix);

    /// <summary>The phrases as a <see cref="PhraseMatcher"/>: the matches of <see cref="Build"/>, found faster.</summary>
    public static PhraseMatcher Compile(IEnumerable<string> phrases, string? prefix = null, string? suffix = null) =>
        new(phrases.ToArray(), prefix, suffix);

    public static Regex Build(IEnumerable<string> phrases, string? prefix = null, string? suffix = null) =>
        new(Pattern(phrases, prefix, suffix), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>
    /// As <see cref="Build"/>, for patterns only asked whether they match (IsMatch): run by the linear-time engine,
    /// which gives the same answer without backtracking through the `.*` of long lines. No lookarounds allowed.
    /// </summary>
    public static Regex BuildTest(IEnumerable<string> phrases, string prefix, string suffix) =>
        new(Pattern(phrases, prefix, suffix), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static string Pattern(IEnumerable<string> phrases, string? prefix, string? suffix)
    {
        var alternation = string.Join("|", phrases.OrderByDescending(p => p.Length).Select(p => $"(?:{p})"));
        if (alternation.Length == 0) alternation = "(?!)";
        return (prefix ?? @"(?<![\p{L}\p{N}])") + "(?:" + alternation + ")" + (suffix ?? @"(?![\p{L}\p{N}])");
    }
}
