using System.Text.RegularExpressions;
using Outflow.Core.Claims;
using Outflow.Core.Dates;
using Outflow.Extraction.Dates;
using Outflow.Extraction.Figures;
using Outflow.Extraction.Knowledge;

namespace Outflow.Extraction.Claims;

/// <summary>
/// Decides the period a figure covers (`from`, `to`) from the dates of its sentence, the events its
/// sentence, section or document count from, and the publication date.
/// </summary>
public sealed partial class PeriodResolver(KnowledgeBase kb)
{
    [GeneratedRegex(@"\b(?:in|during|within)\s+the\s+first\s+(?<n>\d+|one|two|three|four|five|six|seven|ten|fourteen)?\s*(?<u>week|weeks|days|day|month|months)\s+(?:after|since|following)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FirstSpan();

    [GeneratedRegex(@"\b(?:said|says|told\s+[\p{L}.]+(?:\s+[\p{L}.]+)?|reported|announced|added|stated|estimated|wrote|confirmed|published)\s+$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex StatementLead();

    [GeneratedRegex(@"\bsince\b[^,;.()]*$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex SinceLead();

    public (PartialDate? From, PartialDate? To) Resolve(DocumentContext doc, SentenceContext sc, Figure f, int lo, int hi, Measure measure, string? origin)
    {
        var s = sc.Sentence.Text;
        var anchors = sc.Anchors ?? new SentenceAnchors(kb.Anchors, s);
        var published = doc.PublishedDate;
        // a stock ("hold", "live in") counts from no event unless its own sentence names one
        // (people who stayed, or a share of the paragraph's flow, count from the flow's event)
        bool flowShare = measure == Measure.Residents && (doc.BlockMeasure is Measure.Arrivals or Measure.Departures || StayWords().IsMatch(s));
        var anchor = AnchorFor(anchors, origin) ?? (flowShare || measure is Measure.Departures or Measure.Arrivals or Measure.Mobilized
            ? SectionOrDocument(doc, origin) : null);

        // "lived in Poland before the war": a stock up to the day before the event
        if (BeforeAnchor(anchors, origin, s) is { } before && !sc.Dates.Any(d => d.Start >= lo && d.End <= hi))
            return (null, PartialDate.Of(before.Date.First.AddDays(-1)));

        // dates near the figure: its own stretch of the sentence first, then the whole sentence
        // "since the fighting began on 4 November": the day the period starts, not a day the figure was counted
        // a table row with no date of its own takes its column's header date
        var sentenceDates = sc.Dates.All(d => d.Start == 0 && d.End == 0) && sc.Table?.DatesAt(s, f.Start) is { } columnDates ? columnDates : sc.Dates;
        var all = sentenceDates.Select(d => d.Role is DateRole.Point or DateRole.Period && SinceLead().IsMatch(s.AsSpan(Math.Max(0, d.Start - 60), Math.Min(60, d.Start))) ? d with { Role = DateRole.Since } : d).ToList();
        var local = all.Where(d => d.Start >= lo && d.End <= hi).ToList();
        // "1,800 in January, and about 300 a week in the autumn": a date before a comma goes with the figure before it
        if (lo > 0 && local.Any(d => d.Start >= f.End) && local.Any(d => d.End <= f.Start && s.AsSpan(d.End, f.Start - d.End).Contains(',')))
            local = local.Where(d => !(d.End <= f.Start && s.AsSpan(d.End, f.Start - d.End).Contains(','))).ToList();
        // (a "since" beyond the next figure starts that figure's period: "hosted 800,000 ..., and has seen 600,000 go home since April")
        int cutoff = s.Length;
        foreach (var g in sc.Figures)
            if (g.Start > f.End && s.AsSpan(f.End, g.Start - f.End).IndexOfAny(',', ';') >= 0) { cutoff = g.Start; break; }
        var dates = local.Count > 0 ? local : all.Where(d => (d.Role != DateRole.Point || sc.Figures.Count == 1) && !(d.Role == DateRole.Since && d.Start >= cutoff)).ToList();
        PartialDate? since = dates.FirstOrDefault(d => d.Role == DateRole.Since)?.From;
        var by = Closest(dates.Where(d => d.Role == DateRole.By), f);
        var point = Closest(dates.Where(d => d.Role == DateRole.Point), f);
        // with a start, the day of the count is the latest day named after it ("..., the border service said on Tuesday")
        if (since is not null && point is not null)
            point = all.Where(d => d.Role == DateRole.Point && d.From.First > since.Value.Last).MaxBy(d => d.From.First) ?? point;
        var period = Closest(dates.Where(d => d.Role == DateRole.Period), f);

        if (measure == Measure.Queue)
            return (null, by?.To ?? point?.To ?? period?.To ?? published);

        if (measure == Measure.Mobilized && since is null && anchor is not null && anchor.Name.Contains("mobili", StringComparison.OrdinalIgnoreCase)
            && !OngoingWords().IsMatch(s))
            return (anchor.Date, anchor.Date);

        var first = anchor is { Date.IsFullDate: true } && s.Contains("first", StringComparison.OrdinalIgnoreCase) ? FirstSpan().Match(s) : Match.Empty;
        if (first.Success && anchor is not null)
        {
            int n = int.TryParse(first.Groups["n"].Value, out var k) ? k : WordNumber(first.Groups["n"].Value);
            var u = first.Groups["u"].Value.ToLowerInvariant();
            var start = anchor.Date.First;
            var end = u.StartsWith("week") ? start.AddDays(7 * Math.Max(n, 1)) : u.StartsWith("day") ? start.AddDays(Math.Max(n, 1)) : start.AddMonths(Math.Max(n, 1));
            return (anchor.Date, PartialDate.Of(end));
        }

        if (since is not null)
        {
            // "more than 236,000 have entered since 23 September": the story's counts with no date of their own run
            // from that day too (named events in anchors.tsv do this for the crises they list)
            // (a day, not "since 2018": a year or a month is too loose a frame to lend)
            if (doc.StorySince is null && since.Value.IsFullDate && measure is Measure.Arrivals or Measure.Departures or Measure.Returns && origin is not null)
                doc.StorySince = new Anchor(since.Value, new HashSet<string> { origin }, "the story's start", NoPhrases);
            return (since, by?.To ?? point?.To ?? published);
        }
        // "since the announcement", "since the campaign began": an event the story dated before
        if (anchor is null && doc.StoryEvents.Count > 0 && s.Contains("since", StringComparison.OrdinalIgnoreCase) && SinceEvent().Match(s) is { Success: true } ev
            && doc.StoryEvents.TryGetValue(EventKind(ev.Groups["e"].Value), out var evDate) && dates.Count == 0)
            return (evDate, by?.To ?? point?.To ?? published);
        // (a daily rate is no count since the start)
        if (anchor is null && !RateWords().IsMatch(s)) anchor = StoryAnchor(doc, measure, origin);
        if (by is not null) return (anchor?.Date, by.To);
        if (period is not null)
        {
            // "in October 2022" after "since the decree": the statement's month ends the period
            if (anchor is not null && AnchorFor(anchors, origin) is not null && period.From.First > anchor.Date.First) return (anchor.Date, period.To);
            return (period.From, period.To);
        }
        // "..., the border service said on Tuesday": the day of the statement ends the count, it is not a one-day count
        if (point is not null && StatementLead().IsMatch(s.AsSpan(Math.Max(0, point.Start - 40), Math.Min(40, point.Start))))
            return (anchor?.Date, point.To);
        if (point is not null)
        {
            if (AnchorFor(anchors, origin) is { } a && a.Date.First < point.From.First) return (a.Date, point.To);
            return (point.From, point.To);
        }
        return (anchor?.Date, published);
    }

    [GeneratedRegex(@"\b(?:remain|remains|remained|remaining|stay|stays|stayed|staying|settled|of those|of them|only a fraction)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StayWords();

    [GeneratedRegex(@"\b(?:before|prior to|ahead of)\s+(?:the\s+|this\s+|that\s+)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex BeforeLead();

    /// <summary>The event the sentence names right after "before" ("before the war"), if it is the one it names.</summary>
    private Anchor? BeforeAnchor(SentenceAnchors sentence, string? origin, string s)
    {
        if (origin is null) return null;
        for (int i = 0; i < kb.Anchors.Count; i++)
        {
            if (!kb.Anchors[i].Origins.Contains(origin)) continue;
            int index = sentence.IndexOf(i);
            if (index < 0) continue;
            var lead = s.AsSpan(Math.Max(0, index - 16), Math.Min(16, index));
            return kb.Anchors[i].Date.IsFullDate && BeforeLead().IsMatch(lead) ? kb.Anchors[i] : null;
        }
        return null;
    }

    private static DateMention? Closest(IEnumerable<DateMention> ds, Figure f) =>
        ds.OrderBy(d => d.End <= f.Start ? f.Start - d.End : d.Start - f.End).FirstOrDefault();

    /// <summary>The event named in the sentence that applies to this origin, if any.</summary>
    public Anchor? AnchorFor(string s, string? origin) => AnchorFor(new SentenceAnchors(kb.Anchors, s), origin);

    /// <summary>The event named in the sentence that applies to this origin, if any.</summary>
    public Anchor? AnchorFor(SentenceAnchors sentence, string? origin)
    {
        if (origin is null) return null;
        Anchor? best = null;
        int bestPos = -1;
        for (int i = 0; i < kb.Anchors.Count; i++)
        {
            var a = kb.Anchors[i];
            if (!a.Origins.Contains(origin)) continue;
            // the later event named wins: "fled after Putin declared a mobilization" in an invasion article
            int index = sentence.IndexOf(i);
            if (index >= 0 && index > bestPos) { best = a; bestPos = index; }
        }
        return best;
    }

    // a dated statement launching something: an announcement, a decree, a campaign
    [GeneratedRegex(@"\b(?:announc\w*|decree[sd]?|declared|ordered|launched|said it would|says it will|unveiled)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LaunchWords();

    [GeneratedRegex(@"\b(?:escalat\w*|offensive|strikes|began|broke out|erupted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OnsetWords();

    [GeneratedRegex(@"\bsince\s+(?:the|its|that|this)\s+(?:new\s+|latest\s+|government's\s+)?(?<e>announcement|decree|campaign|drive|crackdown|plan|order|operation|escalation|offensive)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SinceEvent();

    private static string EventKind(string noun) => noun.ToLowerInvariant() is "escalation" or "offensive" ? "onset" : "launch";

    /// <summary>Notes the day of an event a sentence dates ("On 2 October, the government said it would deport ..."), the first of each kind.</summary>
    public static void NoteStoryEvent(DocumentContext doc, string s, IReadOnlyList<DateMention> dates)
    {
        if (dates.FirstOrDefault(d => d.Role == DateRole.Point && d.From.IsFullDate) is not { } day) return;
        if (!doc.StoryEvents.ContainsKey("launch") && LaunchWords().IsMatch(s)) doc.StoryEvents["launch"] = day.From;
        if (!doc.StoryEvents.ContainsKey("onset") && OnsetWords().IsMatch(s)) doc.StoryEvents["onset"] = day.From;
    }

    private static readonly PhraseMatcher NoPhrases = new([], null, null);

    [GeneratedRegex(@"\b(?:a|per|each|every)\s+(?:day|week|month)\b|\b(?:daily|weekly|monthly)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RateWords();

    /// <summary>The start the story's first dated count gave, for another count of the same people with no date of its own.</summary>
    private static Anchor? StoryAnchor(DocumentContext doc, Measure measure, string? origin) =>
        doc.StorySince is { } ss && origin is not null && ss.Origins.Contains(origin) && measure is Measure.Arrivals or Measure.Departures or Measure.Returns
            ? ss
            : null;

    private static Anchor? SectionOrDocument(DocumentContext doc, string? origin)
    {
        if (doc.SectionAnchor is { } sa && origin is not null && sa.Origins.Contains(origin)) return sa;
        if (doc.DocumentAnchor is { } da && origin is not null && da.Origins.Contains(origin)) return da;
        return null;
    }

    private static int WordNumber(string w) => w.ToLowerInvariant() switch
    {
        "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7, "ten" => 10, "fourteen" => 14, _ => 1,
    };

    [GeneratedRegex(@"\b(?:since|so far|have been|had been|has been)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OngoingWords();
}
