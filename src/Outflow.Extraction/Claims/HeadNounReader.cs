using System.Text.RegularExpressions;
using Outflow.Extraction.Figures;

namespace Outflow.Extraction.Claims;

/// <summary>Reads the noun a figure counts, skipping adjectives ("743 Russian Jews", "3,350 asylum requests").</summary>
internal sealed partial class HeadNounReader(Cues cues)
{
    [GeneratedRegex(@"[\p{L}][\p{L}'’\-]*|[,;:.()\[\]—–]")]
    internal static partial Regex Token();

    [GeneratedRegex(@"^\s+of\s", RegexOptions.IgnoreCase)]
    private static partial Regex OfAfter();

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "by", "that", "to", "in", "on", "of", "for", "from", "with", "at", "and", "or", "who", "which", "had", "have", "has", "were", "was", "are", "is", "since", "last", "this", "a", "the",
    };

    // a rate between the figure and its noun: "5,000 a day", "300 each week"
    [GeneratedRegex(@"^\s+(?:a|per|each|every)\s+(?:day|week|month|year|night)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RateAfter();

    public HeadNoun Read(string s, Figure f, SentenceContext sc)
    {
        int pos = f.End;
        bool afterRate = false;
        if (RateAfter().Match(s, pos, s.Length - pos) is { Success: true } rate) { pos = rate.Index + rate.Length; afterRate = true; }
        if (f.Qualifier == Core.Claims.Qualifier.Order && OfAfter().IsMatch(s.AsSpan(pos)))
            pos += s.AsSpan(pos).IndexOf("of", StringComparison.OrdinalIgnoreCase) + 2;
        int words = 0;
        bool afterIn = false;
        Match? previous = null;
        foreach (Match t in Token().Matches(s, pos))
        {
            // "900 Rohingya a day": a rate after the words read so far ends the noun phrase at the last of them
            if (previous is not null && char.IsLetter(s[previous.Index]) && RateAfter().IsMatch(s.AsSpan(previous.Index + previous.Length)))
                return new HeadNoun(HeadKind.Unknown, previous.Value, previous.Index + previous.Length);
            previous = t;
            // only whitespace may separate the figure from its noun phrase
            if (words == 0 && s[pos..t.Index].Trim().Length > 0 && s[pos..t.Index].Trim() is not ("-" or "–")) return new HeadNoun(HeadKind.None, "", pos);
            var w = t.Value;
            if (!char.IsLetter(w[0])) return new HeadNoun(HeadKind.None, "", t.Index);
            // "1,800 a day in the month before": after a rate only a noun right there is the figure's
            if (afterRate && (FunctionWords.Contains(w) || cues.Modifiers.Contains(w))) return new HeadNoun(HeadKind.None, "", t.Index);
            words++;
            if (words == 1) afterIn = w.Equals("in", StringComparison.OrdinalIgnoreCase);
            // a two-word noun: "asylum seekers", "residence permits", "hotel rooms"
            var next = t.NextMatch();
            if (next.Success && char.IsLetter(next.Value[0]))
            {
                var two = w + " " + next.Value;
                if (cues.Documents.Contains(two)) return new HeadNoun(HeadKind.Document, two, next.Index + next.Length);
                if (cues.NonPeople.Contains(two)) return new HeadNoun(HeadKind.NonPeople, two, next.Index + next.Length);
                if (cues.People.Contains(two)) return new HeadNoun(HeadKind.People, two, next.Index + next.Length);
            }
            var demonym = sc.Places.FirstOrDefault(p => p.Start == t.Index && p.IsDemonym);
            if (demonym is not null && demonym.IsPlural && !(next.Success && cues.People.Contains(next.Value)))
                return new HeadNoun(HeadKind.People, w, t.Index + t.Length);
            // "956,000 in Poland": a place is where the counted people are, not what they are
            // ("38 Myanmar nationals": a country's name used as an adjective before a people noun is no place)
            if (demonym is null && sc.Places.Any(p => p.Start == t.Index) && !(next.Success && cues.People.Contains(next.Value))) return new HeadNoun(HeadKind.None, "", t.Index);
            if (cues.Vehicles.Contains(w)) return new HeadNoun(HeadKind.Vehicle, w, t.Index + t.Length);
            if (cues.Documents.Contains(w)) return new HeadNoun(HeadKind.Document, w, t.Index + t.Length);
            // "17,000 in the single month of September": after "in" comes where or when the people are, not what they are
            if (cues.NonPeople.Contains(w)) return afterIn ? new HeadNoun(HeadKind.None, "", t.Index) : new HeadNoun(HeadKind.NonPeople, w, t.Index + t.Length);
            if (cues.People.Contains(w)) return new HeadNoun(HeadKind.People, w, t.Index + t.Length);
            if (demonym is not null || cues.Modifiers.Contains(w)) { if (words > 4) break; continue; }
            if (FunctionWords.Contains(w)) return new HeadNoun(HeadKind.None, w, t.Index);
            // a noun used as an adjective: "12 water points", "40 ration tents"
            int look = 0;
            // ("11 official and informal crossing points": adjectives joined by "and" or "or")
            for (var n = next; n.Success && char.IsLetter(n.Value[0]) && look++ < 4; n = n.NextMatch())
            {
                if (n.Value is "and" or "or") continue;
                if (cues.People.Contains(n.Value) || FunctionWords.Contains(n.Value)) break;
                if (cues.NonPeople.Contains(n.Value)) return afterIn ? new HeadNoun(HeadKind.None, "", t.Index) : new HeadNoun(HeadKind.NonPeople, s[t.Index..(n.Index + n.Length)], n.Index + n.Length);
            }
            return new HeadNoun(HeadKind.Unknown, w, t.Index + t.Length);
        }
        return new HeadNoun(HeadKind.None, "", pos);
    }
}
