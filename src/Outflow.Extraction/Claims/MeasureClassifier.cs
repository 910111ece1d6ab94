using Outflow.Core.Claims;
using Outflow.Extraction.Figures;

namespace Outflow.Extraction.Claims;

/// <summary>
/// Decides what a figure counting people measures (arrivals, residents, asylum, returns, mobilized, queue) from
/// the cue words nearest to it, or that it is no claim at all (an exclusion cue or a forecast is closer).
/// </summary>
internal sealed partial class MeasureClassifier(Cues cues)
{
    /// <summary>Distance in characters from the figure to the nearest match inside [lo, hi), or int.MaxValue.</summary>
    internal static int Distance((int Start, int End)[] matches, Figure f, int lo, int hi)
    {
        int best = int.MaxValue;
        foreach (var (ms, me) in matches)
        {
            if (me <= lo || ms >= hi) continue;
            if (ms < f.End && me > f.Start) { best = Math.Min(best, 0); continue; }
            int d = me <= f.Start ? f.Start - me : ms - f.End;
            best = Math.Min(best, d);
        }
        return best;
    }

    public Measure? Classify(SentenceMatches memo, Figure f, int lo, int hi, HeadNoun head, bool queueCue, bool pastDated, IReadOnlyList<Dates.DateMention> dates, out bool reject, out string why)
    {
        reject = false;
        why = "";
        int exclude = Distance(memo.Of(cues.Exclude), f, lo, hi);
        // "80 percent": the figure itself is a share; another figure's percent sign says nothing of this one
        if (memo.Of(cues.ExcludeAdjacent).Any(m => m.Start >= f.End && m.Start - f.End <= 2)) exclude = 0;
        // "fled the call-up": what people ran from is no count of the called-up; "either going home or flying on",
        // "cannot go home": the going home is mixed or denied, so the count is no return
        var mobCues = NotFled(memo, memo.Cue(cues.Mobilized));
        var retCues = NotMixedOrNegated(memo, memo.Cue(cues.Returns));
        int mob = Distance(mobCues, f, lo, hi);
        int asy = Distance(memo.Cue(cues.Asylum), f, lo, hi);
        int ret = Distance(retCues, f, lo, hi);
        // ("MARO TEVOSYAN (host): More than 100,400 people crossed ...": a speaker's role is no cue)
        var resCues = Without(memo.Cue(cues.Residents), m => m.Start < 60 && SpeakerRoleEnd().IsMatch(memo.Text(m.End, Math.Min(memo.Length, m.End + 4))));
        int res = Distance(Foreground(memo, resCues), f, lo, hi);
        int mov = Distance(NotQuantityVerb(memo, Foreground(memo, memo.Cue(cues.Move)), f), f, lo, hi);
        // "in May" is a date, not the modal "may"
        // ("Mongolia, which few would have predicted, took in 21,000": a modal in an aside about something else)
        // ("in April and May": a capital "May" inside a sentence is the month, dated or not)
        int forecast = Distance(memo.Of(cues.Forecast).Where(m => !dates.Any(d => m.Start < d.End && m.End > d.Start) && !IsMonthMay(memo, m) && !InAside(memo, m.Start, f) && !FigureInAside(memo, f, m.Start)).ToArray(), f, lo, hi);

        if (head.Kind == HeadKind.People && head.Word.Equals("reservists", StringComparison.OrdinalIgnoreCase)) mob = Math.Min(mob, 0);
        // "registered about 6,500 new arrivals": the noun counted says what moved, whatever verb counted it
        // (not "7.7 million crossings back into Ukraine": a return)
        // (nor "8,700 of the new arrivals had registered to seek asylum": a part with its own verb)
        bool movementNoun = head.Kind == HeadKind.People && MovementNoun().IsMatch(head.Word) && ret > 2
                            && head.End > f.End && !memo.Text(f.End, head.End).Contains(" of ", StringComparison.OrdinalIgnoreCase);
        if (movementNoun) mov = Math.Min(mov, 0);
        // "about 3,600 returns a day", "5,212 deportees": the noun says they went back
        if (head.Kind == HeadKind.People && ReturnNoun().IsMatch(head.Word)) ret = Math.Min(ret, 0);
        int positive = Min(mob, asy, ret, res, mov);
        if (positive == int.MaxValue)
        {
            // no cue near the figure: fall back to the whole sentence
            int len = memo.Length;
            mob = Distance(mobCues, f, 0, len);
            asy = Distance(memo.Cue(cues.Asylum), f, 0, len);
            ret = Distance(retCues, f, 0, len);
            res = Distance(resCues, f, 0, len);
            // ("vaccination reached 5 800 children": a verb of quantity next to the figure is no movement here either)
            mov = Distance(NotQuantityVerb(memo, memo.Cue(cues.Move), f), f, 0, len);
            // the only cue words are in a name ("Temporary Stay Permits"): they still say what is counted
            if (Min(mob, asy, ret, res, mov) == int.MaxValue)
            {
                mob = Distance(NotFled(memo, memo.Of(cues.Mobilized)), f, 0, len);
                asy = Distance(memo.Of(cues.Asylum), f, 0, len);
                ret = Distance(NotMixedOrNegated(memo, memo.Of(cues.Returns)), f, 0, len);
                res = Distance(memo.Of(cues.Residents), f, 0, len);
                mov = Distance(NotQuantityVerb(memo, memo.Of(cues.Move), f), f, 0, len);
            }
            var ex2 = Distance(memo.Of(cues.Exclude), f, 0, len);
            exclude = Math.Min(exclude, ex2 == int.MaxValue ? ex2 : ex2 + 10);
            positive = Min(mob, asy, ret, res, mov);
            // "4,870 applications were lodged", "2,150 new protection visas": papers are held in a country, requests
            // for protection are asylum
            // (not "expects to issue another 10,000 permits": papers still to come)
            if (positive == int.MaxValue && head.Kind == HeadKind.Document && exclude == int.MaxValue && forecast < 40 && f.Start > 0 && PlanBefore(memo, f, forecast))
            { reject = true; why = "forecast"; return null; }
            if (positive == int.MaxValue && head.Kind == HeadKind.Document && exclude == int.MaxValue)
                // ("191,300 applications for the BN(O) route", "for work visas": papers to live in a country, not asylum)
                return ApplicationWord().IsMatch(head.Word) && !ForPapers().IsMatch(memo.Text(head.End, Math.Min(memo.Length, head.End + 50))) ? Measure.Asylum : Measure.Residents;
            // "about 400 people were waiting in line": a queue of people needs no movement word
            if (positive == int.MaxValue && exclude == int.MaxValue && queueCue && Distance(memo.Of(cues.QueuePeople), f, lo, hi) < 40) return Measure.Queue;
            if (positive == int.MaxValue) { reject = true; why = exclude < int.MaxValue ? "exclusion cue, no positive cue" : "no cue"; return null; }
            why = "sentence"; // the cue is elsewhere in the sentence, not in the figure's own stretch
        }
        if (Distance(memo.Of(cues.Internal), f, lo, hi) <= 120) { reject = true; why = "moved inside one country, or both ways"; return null; }
        if (memo.Of(cues.Employment).Any(m => m.Start >= f.End && m.Start - f.End <= 40)) { reject = true; why = "people at work"; return null; }
        // "A pilot repatriation of about 3,000 Rohingya, agreed in 2023, has not begun": what the figure counts never happened
        if (memo.Of(cues.NotHappened).Any(m => m.Start >= f.End && m.Start - f.End <= 90 && m.Start <= hi)) { reject = true; why = "did not happen"; return null; }
        // "at least four returnees had died": the people counted are the subject of an exclusion ("died", "were arrested")
        if (head.Kind == HeadKind.People && head.End > f.End && memo.Of(cues.Exclude).Any(m => m.Start >= head.End && m.Start - head.End <= 56
            && Auxiliaries().IsMatch(memo.Text(head.End, m.Start)))) { reject = true; why = "the people counted died, or were held"; return null; }
        if (exclude <= positive && exclude < int.MaxValue) { reject = true; why = $"exclusion cue at {exclude} before positive at {positive}"; return null; }
        if (head.Kind == HeadKind.Unknown && positive > 80) { reject = true; why = $"unknown head {head.Word}, cue far"; return null; }

        // the call-up size is the one plan that counts
        if (mob <= positive) return Measure.Mobilized;
        // a past date keeps a figure with a weak modal ("who would later ..."), not one that is planned for or expected
        // ("targets a reduction of irregular entries to fewer than 5.000": a word of plan before the figure reaches a little
        // further; not "deported 27,915 in October, the first month of a drive to expel ...", after it)
        if (forecast < int.MaxValue && forecast < 60 && (forecast <= positive + 30 || forecast <= positive + 50 && PlanBefore(memo, f, forecast) && StrongForecast(memo, f, lo, hi, forecast))
            && (!pastDated || StrongForecast(memo, f, lo, hi, forecast))) { reject = true; why = "forecast"; return null; }
        // (not a rate: "1,850 a day, with queues of returning families" counts the crossings)
        if (queueCue && head.Kind != HeadKind.Document && Distance(memo.Of(cues.QueuePeople), f, lo, hi) < 25 && !RateAfter().IsMatch(memo.Text(f.End, Math.Min(memo.Length, f.End + 12)))) return Measure.Queue;
        if (Distance(NotMixedOrNegated(memo, memo.Cue(cues.ReturnsHome)).Where(m => !OtherClauseBetween(memo, f, m.Start)).ToArray(), f, lo, hi) <= 80) return Measure.Returns;
        if (movementNoun && asy > 10) return Measure.Arrivals;
        if (asy < int.MaxValue && (asy <= mov + 40 || asy <= 50 || head.Kind == HeadKind.Document)) return Measure.Asylum;
        // "around 2,000 Venezuelans a day arriving with the intention of staying": people counted by the day are a flow,
        // whatever they mean to do
        bool flowOfPeople = head.Kind == HeadKind.People && mov < int.MaxValue
            && (RateAfter().IsMatch(memo.Text(f.End, Math.Min(memo.Length, f.End + 12))) || head.End > f.End && RateAfter().IsMatch(memo.Text(head.End, Math.Min(memo.Length, head.End + 12))));
        if (res < int.MaxValue && res <= 50 && res < ret && !MovedAndRegistered(memo, f, hi, res) && !flowOfPeople) return Measure.Residents;
        if (ret < int.MaxValue && ret <= mov) return Measure.Returns;
        if (res < int.MaxValue && (res <= mov || head.Kind == HeadKind.Document) && !flowOfPeople) return Measure.Residents;
        // "received 1,470 people at the crossing, the main deportation route": people moved in a deportation are going back
        if (ret < int.MaxValue && memo.Cue(cues.Returns).Any(m => Deportation().IsMatch(memo.Text(m.Start, m.End)))) return Measure.Returns;
        if (head.Kind == HeadKind.Document) return Measure.Residents;
        return Measure.Arrivals; // becomes departures when no destination is named
    }

    private static int Min(params int[] xs) => xs.Min();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s+for\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}()-]+\s+){0,3}?(?:visas?|permits?|route|scheme|residence|residency|citizenship|passports?|work permits?)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ForPapers();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\)?\*{0,2}:")]
    private static partial System.Text.RegularExpressions.Regex SpeakerRoleEnd();

    /// <summary>"8 904 refugees from Ukraine arrived and registered": the word of registration nearest the figure follows a
    /// movement verb and "and"; the registration is how the arrivals were counted.</summary>
    private bool MovedAndRegistered(SentenceMatches memo, Figure f, int hi, int res)
    {
        foreach (var (rs, re) in memo.Cue(cues.Residents))
        {
            if (rs < f.End || rs - f.End != res || re > hi) continue;
            foreach (var (ms, me) in memo.Cue(cues.Move))
                if (ms >= f.End && me <= rs && AndOnly().IsMatch(memo.Text(me, rs))) return true;
        }
        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s+and\s+(?:then\s+)?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AndOnly();

    // ("Three returnees, including a child, reportedly died")
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\s*,[^,.;]{1,40},)?\s+(?:(?:had|have|has|were|was|are|is|been|reportedly|all)\s+){0,2}$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Auxiliaries();

    private bool PlanBefore(SentenceMatches memo, Figure f, int distance) =>
        memo.Of(cues.Forecast).Any(m => m.End <= f.Start && f.Start - m.End == distance);

    private static (int Start, int End)[] NotFled(SentenceMatches memo, (int Start, int End)[] cues) =>
        Without(cues, m => FledBefore().IsMatch(memo.Text(Math.Max(0, m.Start - 30), m.Start)));

    private static (int Start, int End)[] NotMixedOrNegated(SentenceMatches memo, (int Start, int End)[] cues) =>
        Without(cues, m => MixedOrNegatedBefore().IsMatch(memo.Text(Math.Max(0, m.Start - 12), m.Start)));

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:fled|flee|flees|fleeing|escaped?|escaping|evade[ds]?|evading|evasion of|dodged?|dodging|avoid(?:ed|ing)?|ran from|running from)\s+(?:the\s+|a\s+|this\s+|that\s+|\p{Lu}\p{L}+(?:'s|’s)\s+)?(?:partial\s+|military\s+|new\s+)?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex FledBefore();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:either|cannot|can't|can’t|could not|couldn't|couldn’t|unable to|afraid to|refuse to|refused to|will not|won't|won’t|would not|did not|didn't|didn’t|never)\s+$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex MixedOrNegatedBefore();

    /// <summary>A word inside a relative clause set off by commas (", which few would have predicted,") that does not hold the figure.</summary>
    private static bool InAside(SentenceMatches memo, int position, Figure f)
    {
        var text = memo.Text(0, memo.Length);
        int open = text.LastIndexOf(',', Math.Max(0, position - 1));
        if (open < 0) return false;
        int close = text.IndexOf(',', position);
        if (close < 0 || (f.Start > open && f.Start < close)) return false;
        return AsideLead().IsMatch(text.AsSpan(open + 1, position - open - 1));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:which|who|as)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AsideLead();

    /// <summary>"Iran, which hosts an estimated 6 million Afghans, says it intends to expel ...": the figure is in an aside and
    /// the cue at <paramref name="position"/> past its closing comma, in the clause the aside interrupts.</summary>
    private static bool FigureInAside(SentenceMatches memo, Figure f, int position)
    {
        if (position < f.End) return false;
        var text = memo.Text(0, memo.Length);
        int open = text.LastIndexOf(',', Math.Max(0, f.Start - 1));
        if (open < 0 || !AsideLead().IsMatch(text.AsSpan(open + 1, f.Start - open - 1))) return false;
        int close = text.IndexOf(',', f.End);
        return close >= 0 && close < position;
    }

    /// <summary>"900 Belarusians who had moved to Lithuania returned": a move told in a past-perfect relative clause is
    /// the people's background, not what the figure counts.</summary>
    private static (int Start, int End)[] Foreground(SentenceMatches memo, (int Start, int End)[] matches)
    {
        return Without(matches, m => m.Start >= 8 && BackgroundLead().IsMatch(memo.Text(Math.Max(0, m.Start - 12), m.Start)));
    }

    /// <summary>"returns from Iran reached nearly 700,000": a verb whose object is the figure itself says how much, not who moved.</summary>
    private static (int Start, int End)[] NotQuantityVerb(SentenceMatches memo, (int Start, int End)[] matches, Figure f)
    {
        return Without(matches, m => m.End <= f.Start && f.Start - m.End <= 3 && QuantityVerb().IsMatch(memo.Text(m.Start, m.End)));
    }

    /// <summary>The matches but those <paramref name="drop"/> picks; the same array when it picks none (most sentences).</summary>
    private static (int Start, int End)[] Without((int Start, int End)[] matches, Func<(int Start, int End), bool> drop) =>
        matches.Any(drop) ? matches.Where(m => !drop(m)).ToArray() : matches;

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:reached|reach|reaching|reaches|passed|passing)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex QuantityVerb();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:returns|returnees|deportees|deportations|repatriations)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ReturnNoun();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:arrivals|new arrivals|entries|border crossings|crossings|departures)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex MovementNoun();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:who|that|which)\s+had\s+(?:already\s+|once\s+|previously\s+)?(?:been\s+)?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex BackgroundLead();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s+(?:a|per|each|every)\s+(?:day|week|month)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex RateAfter();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:deport|expel|expuls)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Deportation();

    /// <summary>"granted protection to 570,000, but many have since returned home": the cue belongs to other people.</summary>
    private static bool OtherClauseBetween(SentenceMatches memo, Figure f, int cueStart) =>
        cueStart > f.End && OtherClause().IsMatch(memo.Text(f.End, cueStart));

    [System.Text.RegularExpressions.GeneratedRegex(@",\s*(?:but|while|whereas|although|though)\b|;|,\s*and\s+(?:(?:more|less|fewer) than\s+|about\s+|nearly\s+|almost\s+|over\s+|just over\s+|just under\s+|roughly\s+)?(?:half|most|many|some|others|the rest|a third|a quarter|two-thirds|a majority|the majority)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex OtherClause();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:applications?|requests?|petitions?|claims|cases|asylum claims|asylum requests|asylum applications|applications for asylum)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ApplicationWord();

    private static bool IsMonthMay(SentenceMatches memo, (int Start, int End) m) => m.Start > 0 && m.End - m.Start == 3 && memo.Text(m.Start, m.End) == "May";

    private bool StrongForecast(SentenceMatches memo, Figure f, int lo, int hi, int distance)
    {
        foreach (var (ms, me) in memo.Of(cues.Forecast))
        {
            if (me <= lo || ms >= hi) continue;
            int d = ms < f.End && me > f.Start ? 0 : me <= f.Start ? f.Start - me : ms - f.End;
            if (d == distance && memo.Text(ms, me) is var w && StrongForecastWord().IsMatch(w)) return true;
            // "as many as 100,000 could arrive by June": a modal right on the movement verb, after the figure
            if (d == distance && ms >= f.End && ModalVerb().IsMatch(memo.Text(ms, me)) && ModalMove().IsMatch(memo.Text(me, Math.Min(memo.Length, me + 30)))) return true;
            // "said it would deport up to 10,000 a week": a modal on the verb that governs the figure
            if (d == distance && me <= f.Start && f.Start - me <= 30 && ModalVerb().IsMatch(memo.Text(ms, me)) && ModalMove().IsMatch(memo.Text(me, f.Start))) return true;
        }
        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:expected|are expected|is expected|preparing|prepared to receive|forecasts?|projected|projection|predicted|predicts|planning to|plans to|planned|set to|likely to|anticipated?|scenario|could reach|a drive to|a campaign to|a plan to|pledged to|vowed to|promised to|threatened to|hoped to|hopes to|wants to|aim to|aims to|intend to|intends to|plan to|planning for|plans for|preparing for|prepare for|want to|wanted to|seeks to|seek to|expects|expect|planning figure|planning figures|aimed to|aiming to|target of|targets)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex StrongForecastWord();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:could|would|will|might|may|shall)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ModalVerb();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s+(?:still\s+|soon\s+|also\s+|yet\s+)?(?:be\s+forced\s+to\s+)?(?:arrive|flee|cross|leave|come|enter|reach|return|go|move|seek|head|follow|be displaced|be deported|deport|expel|send back|take in|receive|admit|resettle|relocate)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ModalMove();
}
