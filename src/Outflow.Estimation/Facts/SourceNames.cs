using System.Text;
using Outflow.Estimation.Options;

namespace Outflow.Estimation.Facts;

/// <summary>Normalises source names so that the same originator written two ways is recognised, and classifies it.</summary>
internal sealed class SourceNames(EstimateOptions options)
{
    private readonly HashSet<string> _official = new(options.OfficialSourceWords.Select(w => w.ToLowerInvariant()), StringComparer.Ordinal);
    private readonly Dictionary<string, string> _cache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceKind> _kinds = new(StringComparer.Ordinal);

    /// <summary>Lower case, typographic quotes folded, punctuation dropped, spaces collapsed, a leading "the" dropped; null stays null.</summary>
    public string? Normalise(string? source)
    {
        if (string.IsNullOrWhiteSpace(source)) return null;
        if (_cache.TryGetValue(source, out var hit)) return hit;
        var sb = new StringBuilder(source.Length);
        foreach (var ch in source.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(ch)) sb.Append(ch);
            else if (ch is '\'' or '\u2019' or '\u2018') sb.Append('\'');
            else if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
        }
        var s = sb.ToString().Trim();
        if (s.StartsWith("the ", StringComparison.Ordinal)) s = s[4..];
        if (_cache.Count < 100_000) _cache[source] = s;
        return s;
    }

    /// <summary>Official when any word of the normalised name is an official word ("Kazakhstan's interior minister").</summary>
    public SourceKind Classify(string? normalised)
    {
        if (normalised is null) return SourceKind.Unattributed;
        if (_kinds.TryGetValue(normalised, out var known)) return known;
        var kind = ClassifyWords(normalised);
        if (_kinds.Count < 100_000) _kinds[normalised] = kind;
        return kind;
    }

    private SourceKind ClassifyWords(string normalised)
    {
        foreach (var raw in normalised.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = raw.EndsWith("'s", StringComparison.Ordinal) ? raw[..^2] : raw;
            if (_official.Contains(word)) return SourceKind.Official;
        }
        return SourceKind.Attributed;
    }
}
