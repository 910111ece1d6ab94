using System.Text.RegularExpressions;
using Outflow.Extraction.Knowledge;

namespace Outflow.Extraction.Claims;

/// <summary>A named originator of figures in a sentence ("according to UNHCR", "the interior ministry said").</summary>
public sealed record Attribution(int Position, string Name);

/// <summary>Finds who a sentence attributes its figures to: "according to X", "X said", "X, citing Y", "data from X".</summary>
public sealed partial class AttributionFinder(Cues cues)
{
    [GeneratedRegex(@"^(?<src>[^,.;:!?""“”()]{2,90}?)(?=\s*(?:,|\.|;|:|$|\s+that\b|\s+(?:on|in|last|this|as|which|who|from|for|showed|shows|said|says|reported|estimates?|found)\b|\s+\())")]
    private static partial Regex Phrase();

    [GeneratedRegex(@"(?<a>[\p{Lu}][^,;.""“]{1,60}),\s+citing\s+(?<b>[^,;.""”]{2,80})")]
    private static partial Regex Citing();

    [GeneratedRegex(@"^(?:said|says|told|reported|added)\s+(?<src>(?:[\p{Lu}][\w'’.-]*\s*){1,5})(?=[.,;]|$)")]
    private static partial Regex Inverted();

    [GeneratedRegex(@"[,;:""“”(—–]|\bthat\b|\band\b|\bwhile\b|\bas\b|\bbut\b|\bwhich\b|\bwhere\b|\bwhen\b|\bafter\b|\bbecause\b|\bwith\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak();

    public List<Attribution> Find(string s) => Find(s, PhraseMatcher.Starts(s));

    /// <summary>As <see cref="Find(string)"/>, given the <see cref="PhraseMatcher.Starts"/> of the sentence.</summary>
    public List<Attribution> Find(string s, WordStarts starts)
    {
        var found = new List<Attribution>();
        foreach (Match m in Citing().Matches(s))
        {
            var a = TrimSubject(m.Groups["a"].Value);
            if (a is not null) found.Add(new Attribution(m.Index, $"{a}, citing {m.Groups["b"].Value.Trim()}"));
        }
        foreach (var m in cues.AttributionBefore.Matches(s, starts))
        {
            var p = Phrase().Match(s[(m.Index + m.Length)..].TrimStart());
            if (!p.Success) continue;
            var name = Clean(p.Groups["src"].Value);
            if (name is not null && !Covered(found, m.Index)) found.Add(new Attribution(m.Index, name));
        }
        foreach (var v in cues.AttributionVerbs.Matches(s, starts))
        {
            if (Covered(found, v.Index)) continue;
            var inverted = Inverted().Match(s[v.Index..]);
            if (inverted.Success && v.Index > 0 && ",\"”".Contains(s[..v.Index].TrimEnd()[^1]))
            {
                var n = Clean(inverted.Groups["src"].Value);
                if (n is not null) { found.Add(new Attribution(v.Index, n)); continue; }
            }
            var subject = SubjectBefore(s, v.Index);
            if (subject is not null) found.Add(new Attribution(v.Index, subject));
        }
        found.Sort((x, y) => x.Position.CompareTo(y.Position));
        return found;
    }

    public string? Nearest(List<Attribution> found, int position)
    {
        Attribution? best = null;
        int bestD = int.MaxValue;
        foreach (var a in found)
        {
            int d = Math.Abs(a.Position - position);
            if (d < bestD) { bestD = d; best = a; }
        }
        return best?.Name;
    }

    private static bool Covered(List<Attribution> found, int index) => found.Any(f => Math.Abs(f.Position - index) < 3);

    private string? SubjectBefore(string s, int verbIndex)
    {
        var before = s[..verbIndex];
        int start = 0;
        foreach (Match b in ClauseBreak().Matches(before)) start = b.Index + b.Length;
        var subject = before[start..].Trim();
        // drop time words between subject and verb: "Shoigu on Tuesday said"
        subject = Regex.Replace(subject, @"\s+(?:on|last|this)\s+\w+$|\s+(?:has|have|had|was|were|is|are|also|previously|earlier|recently)$", "", RegexOptions.IgnoreCase).Trim();
        return TrimSubject(subject);
    }

    private string? TrimSubject(string subject)
    {
        subject = subject.Trim();
        var words = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > 10) return null;
        if (cues.SourcePronouns.Contains(subject)) return null;
        bool capital = words.Any(w => char.IsUpper(w[0]) && w.Length > 1) && !(words.Length == 1 && words[0] is "It" or "He" or "She" or "They" or "We" or "This");
        bool noun = words.Any(w => cues.SourceNouns.Contains(w.TrimEnd('s', '\'', '’')) || cues.SourceNouns.Contains(w));
        if (!capital && !noun) return null;
        // a figure or a date is not a source
        if (words.Any(w => char.IsDigit(w[0]))) return null;
        return Clean(subject);
    }

    private string? Clean(string name)
    {
        name = name.Trim().TrimEnd('.', ',', ';', ':').Trim();
        name = Regex.Replace(name, @"\s+(?:data|figures|statistics|estimates?)$", "", RegexOptions.IgnoreCase);
        if (name.Length < 2 || name.Length > 100) return null;
        if (cues.SourcePronouns.Contains(name)) return null;
        if (Regex.IsMatch(name, @"^(?:it|this|that|the number|the figure|reports?|media reports?|some|many)$", RegexOptions.IgnoreCase)) return null;
        return name;
    }
}
