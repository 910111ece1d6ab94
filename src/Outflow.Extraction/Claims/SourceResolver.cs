using System.Globalization;
using System.Text.RegularExpressions;

namespace Outflow.Extraction.Claims;

/// <summary>
/// Resolves a figure's source against the originators the document named before: a pronoun subject ("It added",
/// "she said") and a bare definite description ("the agency", "the same statement") stand for the full name given
/// earlier ("the UN migration agency IOM"), so an attributed figure keeps its originator's name.
/// </summary>
internal sealed partial class SourceResolver
{
    // "the agency", "the same statement", "the border service"; not a name ("the International Organization")
    [GeneratedRegex(@"^[Tt]he\s+(?<same>same\s+)?(?:\p{Ll}[\p{L}-]*\s+)?(?<head>(?i:agency|ministry|service|office|department|authority|authorities|organi[sz]ation|briefing|report|statement|guard|police|government|commission|body|bureau|inspectorate|source|sources))$")]
    private static partial Regex Definite();

    [GeneratedRegex(@"^(?:briefing|report|statement|source|sources)$", RegexOptions.IgnoreCase)]
    private static partial Regex Occasion();

    [GeneratedRegex(@"^(?:agency|organi[sz]ation|body)$", RegexOptions.IgnoreCase)]
    private static partial Regex GenericBody();

    public string? Resolve(Attribution? a, DocumentContext doc, IReadOnlyList<Attribution>? sentence = null)
    {
        if (a is null) return null;
        // a pronoun refers to the originator named last: earlier in the sentence, else before it
        if (a.IsAnaphor)
            return sentence?.Where(x => !x.IsAnaphor && x.Position < a.Position).Select(x => Resolve(x, doc)).LastOrDefault() ?? doc.LastSource;
        var name = a.Name!;
        // "the agency's figures show": the agency
        if (name.Length > 4 && (name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal))) name = name[..^2];
        var m = Definite().Match(name);
        if (!m.Success || doc.Sources.Count == 0) return name;
        var head = m.Groups["head"].Value;
        // "according to the same statement": whoever was cited last
        if (m.Groups["same"].Success || Occasion().IsMatch(head)) return doc.LastSource ?? name;
        for (int i = doc.Sources.Count - 1; i >= 0; i--)
        {
            var earlier = doc.Sources[i];
            if (earlier.Length > name.Length && ContainsWord(earlier, head)) return earlier;
        }
        // "the agency said" after "IOM said": the last named body
        if (GenericBody().IsMatch(head))
            for (int i = doc.Sources.Count - 1; i >= 0; i--)
                if (doc.Sources[i].Split(' ').Any(w => w.Length > 1 && char.IsUpper(w[0]) && !Definite().IsMatch(doc.Sources[i]))) return doc.Sources[i];
        return name;
    }

    /// <summary>Remembers the sentence's named originators (resolved) for later references.</summary>
    public void Remember(IEnumerable<string?> names, DocumentContext doc)
    {
        foreach (var n in names)
        {
            if (n is null) continue;
            doc.Sources.Add(n);
            doc.LastSource = n;
        }
    }

    // the phrase as whole words of the text, case ignored (as \b...\b would find it, without building a pattern per name)
    private static bool ContainsWord(string text, string phrase)
    {
        if (phrase.Length == 0) return false;
        for (int at = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            int end = at + phrase.Length;
            if (Boundary(text, at, phrase[0], before: true) && Boundary(text, end, phrase[^1], before: false)) return true;
        }
        return false;
    }

    // \b at a position: a word character on exactly one side
    private static bool Boundary(string text, int position, char inside, bool before)
    {
        char? outside = before ? (position > 0 ? text[position - 1] : null) : (position < text.Length ? text[position] : null);
        return IsWordChar(inside) != (outside is { } c && IsWordChar(c));
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.ConnectorPunctuation;
}
