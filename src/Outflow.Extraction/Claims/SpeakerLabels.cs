using System.Text.RegularExpressions;

namespace Outflow.Extraction.Claims;

/// <summary>
/// Interview transcripts: a paragraph opening with a speaker's label ("Herrera: In 2023 we registered ...") is that
/// person's word. The label is a speaker only when the text introduced the person by a longer name before
/// ("... spoke to Lucía Herrera Solís, who heads ..."); that longer name is the source. Section labels
/// ("Returns:", "Chile:") name no one introduced so, and stay no source.
/// </summary>
internal static partial class SpeakerLabels
{
    [GeneratedRegex(@"^(?<who>\p{Lu}[\p{L}'’.\-]+(?:\s+\p{Lu}[\p{L}'’.\-]+){0,2}):\s+\S")]
    private static partial Regex Label();

    // a capitalised name of two to five words
    [GeneratedRegex(@"\p{Lu}[\p{L}'’.\-]+(?:\s+(?:de |del |da |van |von |al-|bin )?\p{Lu}[\p{L}'’.\-]+){1,4}")]
    private static partial Regex Name();

    /// <summary>The full name of the speaker whose label opens the block at <paramref name="start"/>, if it is one.</summary>
    public static string? Speaker(string text, int start, int end, Dictionary<string, string?> cache)
    {
        // a label is short: only the block's first characters are read
        var head = text.AsSpan(start, Math.Min(end - start, 48));
        int colon = head.IndexOf(':');
        if (colon < 2) return null;
        var m = Label().Match(text, start, Math.Min(end - start, colon + 3));
        if (!m.Success) return null;
        var label = m.Groups["who"].Value;
        if (cache.TryGetValue(label, out var known)) return known;
        string? full = null;
        // the first longer name before the label that holds it ("Lucía Herrera Solís" for "Herrera")
        for (int at = text.IndexOf(label, StringComparison.Ordinal); at >= 0 && at < start && full is null; at = text.IndexOf(label, at + label.Length, StringComparison.Ordinal))
        {
            int from = Math.Max(0, at - 60);
            foreach (Match n in Name().Matches(text[from..Math.Min(start, at + label.Length + 60)]))
                if (from + n.Index <= at && from + n.Index + n.Length >= at + label.Length && n.Length > label.Length) { full = n.Value; break; }
        }
        cache[label] = full;
        return full;
    }
}
