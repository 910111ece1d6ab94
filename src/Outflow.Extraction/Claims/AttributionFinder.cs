using System.Text.RegularExpressions;
using Outflow.Extraction.Knowledge;

namespace Outflow.Extraction.Claims;

/// <summary>A named originator of figures in a sentence ("according to UNHCR", "the interior ministry said").</summary>
/// <param name="Name">The name as written; null when the subject is a pronoun ("It added", "she said") that refers
/// back to an originator named earlier (<see cref="SourceResolver"/> resolves it).</param>
public sealed record Attribution(int Position, string? Name)
{
    public bool IsAnaphor => Name is null;
}

/// <summary>Finds who a sentence attributes its figures to: "according to X", "X said", "X, citing Y", "data from X".</summary>
public sealed partial class AttributionFinder(Cues cues)
{
    [GeneratedRegex(@"^(?<src>[^,.;:!?""“”()]{2,90}?)(?=\s*(?:,|\.|;|:|$|\s+that\b|\s+(?:on|in|from|for)\b(?!\s+(?:the\s+)?\p{Lu})|\s+(?:last|this|as|which|who|showed|shows|said|says|reported|estimates?|found)\b|\s+\())")]
    private static partial Regex Phrase();

    [GeneratedRegex(@"(?<a>[\p{Lu}][^,;.""“]{1,60}),\s+citing\s+(?<b>[^,;.""”]{2,80})")]
    private static partial Regex Citing();

    [GeneratedRegex(@"^(?:said|says|told|reported|added)\s+(?<src>(?:[\p{Lu}][\w'’.-]*\s*){1,5})(?=[.,;]|$)")]
    private static partial Regex Inverted();

    [GeneratedRegex(@"[,;:""“”(—–]|\bthat\b|\band\b|\bwhile\b|\bas\b|\bbut\b|\bwhich\b|\bwhere\b|\bwhen\b|\bafter\b|\bbecause\b|\bwith\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak();

    // the word before an attribution verb that makes it a noun, an adjective or a passive
    [GeneratedRegex(@"(?:^|\s)(?:a|an|the|its|their|his|her|our|amid|of|in|on|to|per|by|media|news|press|some|these|those|such|was|were|is|are|be|been|being)\s*$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex NotAVerb();

    [GeneratedRegex(@"^(?:(?:the\s+)?(?:data|figures|statistics|numbers|estimates|records)\s+(?:it|they|he|she)\b|(?:its|their|his|her)\s+(?:own\s+)?(?:data|figures|statistics|numbers|estimates|records)$)", RegexOptions.IgnoreCase)]
    private static partial Regex DataOfPronoun();

    [GeneratedRegex(@"^(?:which|who)$", RegexOptions.IgnoreCase)]
    private static partial Regex Relative();

    [GeneratedRegex(@"^(?:after|when|while|because|as|with)$", RegexOptions.IgnoreCase)]
    private static partial Regex Subordinator();

    // a new clause between a figure and a later attribution: "..., and some motorists said"
    [GeneratedRegex(@"[;]|,\s*(?:and|but|while|whereas)\s", RegexOptions.IgnoreCase)]
    private static partial Regex NewClause();

    // a subject that refers back to an originator named earlier: "It", "She", "The agency"
    [GeneratedRegex(@"^(?:it|he|she|they|the same (?:source|briefing|report|statement|agency|official|officials|data))$", RegexOptions.IgnoreCase)]
    private static partial Regex AnaphoricSubject();

    public List<Attribution> Find(string s) => Find(s, PhraseMatcher.Starts(s));

    /// <summary>As <see cref="Find(string)"/>, given the <see cref="PhraseMatcher.Starts"/> of the sentence.</summary>
    public List<Attribution> Find(string s, WordStarts starts)
    {
        var found = new List<Attribution>();
        List<(int End, string Name)>? citing = null;
        // the pattern tries every capital letter: run it only where "citing" is written
        foreach (Match m in s.Contains("citing", StringComparison.Ordinal) ? Citing().Matches(s) : (IEnumerable<Match>)[])
        {
            var a = TrimSubject(m.Groups["a"].Value);
            if (a is null) continue;
            var name = $"{a}, citing {m.Groups["b"].Value.Trim()}";
            found.Add(new Attribution(m.Index, name));
            (citing ??= []).Add((m.Index + m.Length, name));
        }
        foreach (var m in cues.AttributionBefore.Matches(s, starts))
        {
            var rest = s[(m.Index + m.Length)..].TrimStart();
            // "per" names a source only before a name ("per Reuters"), not in "10 euros per refugee"
            if (s.AsSpan(m.Index, m.Length).Equals("per", StringComparison.OrdinalIgnoreCase) && (rest.Length == 0 || !char.IsUpper(rest[0]))) continue;
            var p = Phrase().Match(rest);
            if (!p.Success) continue;
            // "according to figures it released": the originator named before
            if (DataOfPronoun().IsMatch(p.Groups["src"].Value)) { if (!Covered(found, m.Index)) found.Add(new Attribution(m.Index, null)); continue; }
            var name = Clean(p.Groups["src"].Value);
            if (name is not null && !Covered(found, m.Index)) found.Add(new Attribution(m.Index, name));
        }
        bool? titleCase = null;
        foreach (var v in cues.AttributionVerbs.Matches(s, starts))
        {
            if (Covered(found, v.Index)) continue;
            // "Vyezd Monitor, citing a source in the border service, reports that ...": the verb is the citer's
            if (citing?.FirstOrDefault(c => c.End <= v.Index && s.AsSpan(c.End, v.Index - c.End).Trim().Trim(',').Trim().Length == 0) is { Name: { } citer })
            {
                found.Add(new Attribution(v.Index, citer));
                continue;
            }
            // "the United States", "Reporters Without Borders": a capitalised verb inside a sentence is part of a name
            if (v.Index > 0 && char.IsUpper(s[v.Index]) && (!(titleCase ??= IsTitleCase(s)) || !EndsHeadline(s, v.Index + v.Length))) continue;
            // "amid claims", "an estimated", "the findings", "was recorded": a noun, an adjective or a passive
            if (NotAVerb().IsMatch(s.AsSpan(0, v.Index))) continue;
            var inverted = Inverted().Match(s[v.Index..]);
            if (inverted.Success && v.Index > 0 && ",\"”".Contains(s[..v.Index].TrimEnd()[^1]))
            {
                var n = Clean(inverted.Groups["src"].Value);
                if (n is not null) { found.Add(new Attribution(v.Index, n)); continue; }
            }
            var subject = SubjectBefore(s, v.Index, out bool pronoun);
            if (subject is not null && IsCountingVerb(s.AsSpan(v.Index, v.Length)) && cues.IsPlaceName(subject)) continue; // "Chile counts": the destination
            if (subject is not null) found.Add(new Attribution(v.Index, subject));
            else if (pronoun) found.Add(new Attribution(v.Index, null));
        }
        found.Sort((x, y) => x.Position.CompareTo(y.Position));
        return found;
    }

    /// <summary>The attribution nearest to the figure at <paramref name="position"/>, leaving out one that follows it in a new clause.</summary>
    public static Attribution? Nearest(List<Attribution> found, int position, string? sentence = null)
    {
        Attribution? best = null;
        int bestD = int.MaxValue;
        foreach (var a in found)
        {
            if (sentence is not null && a.Position > position && NewClause().IsMatch(sentence.AsSpan(position, a.Position - position))) continue;
            int d = Math.Abs(a.Position - position);
            if (d < bestD) { bestD = d; best = a; }
        }
        return best;
    }

    private static bool Covered(List<Attribution> found, int index) => found.Any(f => Math.Abs(f.Position - index) < 3);

    private string? SubjectBefore(string s, int verbIndex, out bool pronoun)
    {
        pronoun = false;
        var before = s[..verbIndex].TrimEnd();
        // "a spokesman for the police, John Okello, told": the name set off by commas before the verb
        if (before.EndsWith(',')) before = before[..^1];
        var breaks = new List<Match>();
        foreach (Match b in ClauseBreak().Matches(before))
        {
            // "the Ministry of Labour and Migration": "and" between two capitalised words joins one name
            if (b.Value.Equals("and", StringComparison.OrdinalIgnoreCase) && CapitalisedAround(before, b.Index, b.Index + b.Length)) continue;
            breaks.Add(b);
        }
        // "Brazil's army, which runs the centres, says": the subject stands before the relative clause
        if (breaks.Count > 0 && Relative().IsMatch(breaks[^1].Value))
        {
            int k = breaks.Count - 2;
            int to = breaks[^1].Index;
            if (k >= 0 && breaks[k].Value == "," && before.AsSpan(breaks[k].Index + 1, to - breaks[k].Index - 1).Trim().Length == 0) { to = breaks[k].Index; k--; }
            int from = k >= 0 ? breaks[k].Index + breaks[k].Length : 0;
            var head = Subject(before[from..to], ref pronoun);
            if (head is not null || pronoun) return head;
        }
        int start = breaks.Count > 0 ? breaks[^1].Index + breaks[^1].Length : 0;
        var subject = Subject(before[start..], ref pronoun);
        // "motorists interviewed after crossing into Armenia said": the subject stands before the subordinate clause
        if (subject is null && !pronoun && breaks.Count > 0 && Subordinator().IsMatch(breaks[^1].Value))
        {
            int from = breaks.Count > 1 ? breaks[^2].Index + breaks[^2].Length : 0;
            subject = Subject(before[from..breaks[^1].Index], ref pronoun);
        }
        // "Commander Jukka Rautavaara, head of the guard's international affairs unit, told": the name before the role
        // ("the Support Group for Returnees (GARR), a Haitian organisation, said": an organisation's name before what it is)
        if (subject is { Length: > 0 } role && char.IsLower(role[0]) && breaks.Count > 0 && breaks[^1].Value == ",")
        {
            int from = breaks.Count > 1 ? breaks[^2].Index + breaks[^2].Length : 0;
            var name = before[from..breaks[^1].Index].Trim();
            if (PersonName().IsMatch(name) || IndefiniteArticle().IsMatch(role) && OrganisationName().IsMatch(name)) subject = name;
        }
        return subject;
    }

    // a capitalised name that may hold "of", "for", "and" and end in an acronym: "the Support Group for Returnees and Refugees (GARR)"
    [GeneratedRegex(@"^(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|of|for|and|on|the|de|du|des|del|la))*(?:\s*\([\p{Lu}\p{L}]{2,12}\))?$")]
    private static partial Regex OrganisationName();

    // two to five capitalised words, titles included, not starting with a preposition ("In Helsinki")
    [GeneratedRegex(@"^(?!(?:In|On|At|By|From|For|After|Before|Since|During|With|Meanwhile|Yet|But|And|The|A|An)\b)\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,4}$")]
    private static partial Regex PersonName();

        private string? Subject(string text, ref bool pronoun)
    {
        var subject = text.Trim();
        // drop time words between subject and verb: "Shoigu on Tuesday said"
        subject = TimeOrAuxiliaryAtEnd().Replace(subject, "").Trim();
        subject = AdverbAtEnd().Replace(subject, "").Trim();
        if (AnaphoricSubject().IsMatch(subject)) { pronoun = true; return null; }
        // "In December they said": a time phrase before a pronoun
        if (TimeThenPronoun().IsMatch(subject)) { pronoun = true; return null; }
        return TrimSubject(subject);
    }

    /// <summary>A headline in title case ("Sudan Refugee Count Passes 40,000, Aid Group Says"): most words capitalised.</summary>
    private static bool IsTitleCase(string s)
    {
        int words = 0, capitals = 0;
        foreach (Match w in Word().Matches(s))
        {
            if (w.Value.Length <= 3 && char.IsLower(w.Value[0])) continue; // "of", "in", "the"
            words++;
            if (char.IsUpper(w.Value[0])) capitals++;
        }
        return words > 0 && capitals * 4 >= words * 3;
    }

    /// <summary>In a title-case headline only a verb at its end attributes ("..., Aid Group Says"), or one before "that" or a figure.</summary>
    private static bool EndsHeadline(string s, int verbEnd) => HeadlineEnd().IsMatch(s.AsSpan(verbEnd));

    private static bool CapitalisedAround(string s, int start, int end)
    {
        var left = s[..start].TrimEnd();
        var right = s[end..].TrimStart();
        // "for Europe, and Italy's ministry": a comma before "and" ends a clause, not a word of a name
        if (left.EndsWith(',')) return false;
        int w = left.LastIndexOf(' ');
        var lw = w < 0 ? left : left[(w + 1)..];
        return lw.Length > 1 && char.IsUpper(lw[0]) && right.Length > 1 && char.IsUpper(right[0]);
    }

    private static bool IsCountingVerb(ReadOnlySpan<char> verb) =>
        verb.StartsWith("count", StringComparison.OrdinalIgnoreCase) || verb.StartsWith("record", StringComparison.OrdinalIgnoreCase)
        || verb.StartsWith("registered", StringComparison.OrdinalIgnoreCase);

    private string? TrimSubject(string subject)
    {
        subject = subject.Trim();
        // "Yet the IOM estimates ...": a sentence adverb is no part of the name
        if (LeadingAdverb().Match(subject) is { Success: true } lead) subject = subject[lead.Length..];
        var words = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > 10) return null;
        if (cues.SourcePronouns.Contains(subject)) return null;
        // a figure, a date or a clause is not a source: "Two Eritrean nationals", "Tens of thousands ... crossed"
        if (words.Any(w => cues.IsNumberWord(w.TrimEnd(',', '.')))) return null;
        if (words.Any(w => cues.IsMovementVerb(w))) return null;
        // "crossing into Armenia", "the findings of": a clause fragment, not a name
        if (char.IsLower(words[0][0]) && words[0].EndsWith("ing", StringComparison.Ordinal) && !cues.SourceNouns.Contains(words[0])) return null;
        if (Determiners.Contains(words[^1]) || Prepositions.Contains(words[^1])) return null;
        // a capital that only starts the sentence ("A further") does not make a name
        bool capital = words.Select((w, i) => (w, i)).Any(x => char.IsUpper(x.w[0]) && x.w.Length > 1 && !(x.i == 0 && Determiners.Contains(x.w)))
                       && !(words.Length == 1 && words[0] is "It" or "He" or "She" or "They" or "We" or "This");
        bool noun = words.Any(w => cues.SourceNouns.Contains(w.TrimEnd('s', '\'', '’')) || cues.SourceNouns.Contains(w));
        if (!capital && !noun) return null;
        // a figure or a date is not a source
        if (words.Any(w => char.IsDigit(w[0]))) return null;
        return Clean(subject);
    }

    [GeneratedRegex(@"^(?:Yet|But|And|So|However|Meanwhile|Still|Also|Now|Instead|Indeed|Separately|Elsewhere),?\s+(?=\S)")]
    private static partial Regex LeadingAdverb();

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    { "a", "an", "the", "some", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "any", "each", "every", "no", "last", "such" };

    private static readonly HashSet<string> Prepositions = new(StringComparer.OrdinalIgnoreCase)
    { "of", "in", "on", "at", "by", "for", "from", "to", "with", "amid", "among", "about", "into", "over", "after", "before", "since", "per", "than" };

    private string? Clean(string name)
    {
        name = name.Trim().TrimEnd('.', ',', ';', ':').Trim();
        // "by the government's estimate": the preposition is no part of the name
        if (ByOrFrom().IsMatch(name)) name = name[(name.IndexOf(' ') + 1)..].TrimStart();
        // "our compilation of official figures": the outlet itself is no originator
        if (OwnReporting().IsMatch(name)) return null;
        if (name.EndsWith(')') && !name.Contains('(')) name = name[..^1].TrimEnd();
        var last = name[(name.LastIndexOf(' ') + 1)..];
        if (Determiners.Contains(last) || Prepositions.Contains(last)) return null; // "the findings of"
        // "official figures", "the latest data": no originator is named
        if (UnnamedData().IsMatch(name)) return null;
        name = DataWordAtEnd().Replace(name, "");
        if (name.Length < 2 || name.Length > 100) return null;
        if (cues.SourcePronouns.Contains(name)) return null;
        if (NoOriginator().IsMatch(name)) return null;
        return name;
    }

    [GeneratedRegex(@"^an?\s", RegexOptions.IgnoreCase)]
    private static partial Regex IndefiniteArticle();

    [GeneratedRegex(@"\s+(?:on|last|this)\s+\w+$|\s+(?:has|have|had|was|were|is|are|also|previously|earlier|recently)$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeOrAuxiliaryAtEnd();

    [GeneratedRegex(@"\s+(?:has|have|had|also|previously|earlier|recently|later|then|further)$", RegexOptions.IgnoreCase)]
    private static partial Regex AdverbAtEnd();

    [GeneratedRegex(@"^(?:in|on|by|since|last|this|earlier|later|then|now|meanwhile|yesterday|today)\b[^,]{0,30}\s(?:they|it|he|she|we)$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeThenPronoun();

    [GeneratedRegex(@"\p{L}[\p{L}'’-]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"^\W*$|^\s+(?:[Tt]hat\b|\d)")]
    private static partial Regex HeadlineEnd();

    [GeneratedRegex(@"^(?:by|from)\s", RegexOptions.IgnoreCase)]
    private static partial Regex ByOrFrom();

    [GeneratedRegex(@"^(?:our|my)\s+(?:own\s+)?(?:compilation|analysis|count|tally|calculations?|estimates?|data|figures|research|reporting|survey|review|database)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OwnReporting();

    [GeneratedRegex(@"^(?:the\s+)?(?:official|latest|new|recent|preliminary|available|updated|unofficial|provisional|final|early|initial|available)\s+(?:data|figures|statistics|estimates?|numbers|counts?)$", RegexOptions.IgnoreCase)]
    private static partial Regex UnnamedData();

    [GeneratedRegex(@"\s+(?:data|figures|statistics|estimates?)$", RegexOptions.IgnoreCase)]
    private static partial Regex DataWordAtEnd();

    [GeneratedRegex(@"^(?:it|this|that|the number|the figure|reports?|media reports?|some|many)$", RegexOptions.IgnoreCase)]
    private static partial Regex NoOriginator();
}
