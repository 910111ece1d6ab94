using System.Text.RegularExpressions;
using Outflow.Core.Claims;
using Outflow.Core.Dates;
using Outflow.Extraction.Dates;
using Outflow.Extraction.Figures;
using Outflow.Extraction.Knowledge;
using Outflow.Extraction.Pipeline;
using Outflow.Extraction.Places;

namespace Outflow.Extraction.Claims;

/// <summary>
/// Stage 4: decides which figures of a sentence count people crossing a border and turns each into a
/// claim: measure, origin and destination, population, period and source, all from the sentence's words
/// (with its paragraph and document as context).
/// </summary>
public sealed partial class ClaimBuilder
{
    private readonly Cues _cues;
    private readonly Gazetteer _gazetteer;
    private readonly AttributionFinder _attribution;
    private readonly PeriodResolver _periods;

    private readonly HeadNounReader _heads;
    private readonly MeasureClassifier _measures;
    private readonly PlaceResolver _places;
    private readonly RateFinder _rates;
    private readonly PopulationFinder _populations;
    private readonly SourceResolver _sources = new();

    // "Of them, ...", "Among them were ...", "That compares with ...", "This is up from ...": the sentence goes on counting what the previous one counted
    [GeneratedRegex(@"^\W{0,3}(?:of those|of them|of these|among them|among those|(?:that|this|it) (?:compares|compared) (?:with|to)|(?:that|this) (?:is|was) (?:up|down) from)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ContinuesPrevious();

    [GeneratedRegex(@"\b(?:country|nation|city|town|region|island|state|republic|capital|enclave|province|territory|district|village)['’]s\s+(?:(?:total|whole|entire|estimated|roughly|about|some|around|nearly)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex PlacePossessive();

    [GeneratedRegex(@"^\s+(?:residents|inhabitants|people|citizens|population|souls)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PopulationAfter();

    // ("Meanwhile inside Haiti, ...")
    [GeneratedRegex(@"^\W{0,3}(?:(?:meanwhile|and|but|elsewhere),?\s+)?(?:inside|within)\s+(?:the\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex InsideLead();

    [GeneratedRegex(@"\b(?:abroad|overseas|across the border|crossed into|fled into|fled to|left the country|neighbou?ring countries)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeavesCountry();

    [GeneratedRegex(@"\b(?:displaced|(?:driven|forced|chased|uprooted) from their homes|fled their homes|homeless)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Displaced();

    /// <summary>The sentence opens on the people's own country and names no other country and no way out of it.</summary>
    private static bool InsideOrigin(DocumentContext doc, SentenceContext sc, int at)
    {
        var origin = doc.BlockOrigin ?? doc.Origin;
        if (sc.Places.FirstOrDefault(p => !p.IsDemonym) is not { } first || first.Start != at || first.Entry.Kind != PlaceKind.Country) return false;
        // with no known origin, only people driven from their homes are the country's own
        if (origin is null ? !Displaced().IsMatch(sc.Sentence.Text) : first.Code != origin) return false;
        origin = first.Code;
        return !sc.Places.Any(p => p.Code != origin && p.Entry.Kind is PlaceKind.Country or PlaceKind.Group) && !LeavesCountry().IsMatch(sc.Sentence.Text);
    }

    [GeneratedRegex(@"\b(?:of whom|of which|of them|among them|including)\s*$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex SubsetBefore();

    // the length of a border or a road ("The road from A to the B checkpoint is 77 kilometres long")
    // ("the Finnish-Russian border, which is 1,340 kilometres long")
    [GeneratedRegex(@"\b(?:border|frontier|boundary)\b(?:,\s+which\s+(?:is|runs|stretches|measures)\s+)?[^,;]{0,40}$|\b(?:road|route|highway|motorway|journey|trip|drive|distance)\b[^,;]{0,60}$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex BorderLength();

    [GeneratedRegex(@"\b(?:queues?|lines?|jams?|tailbacks?|traffic|cars|vehicles|trucks|lorries|waited|waiting)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QueueNoun();

    // a count named before: "the figure", "the total", "that number", "the R4V figure for Colombia"
    [GeneratedRegex(@"\b(?:the|that|this|its|their)\s+(?:[\p{L}\d'’-]+\s+){0,2}(?:figure|number|total|count|tally)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BackReference();

    internal static bool RefersBack(string s, int lo, Figure f) => MayReferBack(s.AsSpan(lo, f.Start - lo), f.Start - lo) && BackReference().IsMatch(s.AsSpan(lo, f.Start - lo));

    // every back-reference holds one of these nouns: a cheap test before the pattern
    private static bool MayReferBack(ReadOnlySpan<char> s, int end)
    {
        var span = s[..end];
        return span.Contains("figure", StringComparison.OrdinalIgnoreCase) || span.Contains("number", StringComparison.OrdinalIgnoreCase)
            || span.Contains("total", StringComparison.OrdinalIgnoreCase) || span.Contains("count", StringComparison.OrdinalIgnoreCase) || span.Contains("tally", StringComparison.OrdinalIgnoreCase);
    }

    private static bool MayReferBack(string s, int end) => MayReferBack(s.AsSpan(), end);

    [GeneratedRegex(@"\b(?:an?|the|in an?)\s+(?:earlier|previous|original)\s+(?:version|post|report|story|update|edition|figure)\b[^;]*?\b(?:said|stated|reported|gave|put|had)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EarlierVersion();

    [GeneratedRegex(@"\b(?:queued|queuing|queueing|waited|waiting|wait|waits|stuck|stranded)\s+(?:\p{L}+\s+){0,2}$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex WaitFor();

    [GeneratedRegex(@"\b(?:up|down|rising|falling|risen|fallen|increase|decrease)\s+from\s+$|\b(?:compared|compares|comparing)\s+(?:with|to)\s+$|\b(?:against|versus|vs\.?)\s+$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex Comparison();

    [GeneratedRegex(@"\b(?:we|our|us|here)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FirstPerson();

    [GeneratedRegex(@"\bnot\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex NotBefore();

    [GeneratedRegex(@"\brespectively\b", RegexOptions.IgnoreCase)]
    private static partial Regex Respectively();

    public ClaimBuilder(KnowledgeBase kb, Cues cues)
    {
        _cues = cues;
        _gazetteer = kb.Gazetteer;
        _attribution = new AttributionFinder(cues);
        _periods = new PeriodResolver(kb);
        _heads = new HeadNounReader(cues);
        _measures = new MeasureClassifier(cues);
        _places = new PlaceResolver(cues);
        _rates = new RateFinder(cues);
        _populations = new PopulationFinder(cues);
    }

    private static readonly bool Trace = Environment.GetEnvironmentVariable("OUTFLOW_TRACE") == "1";

    /// <summary>A word of plan or forecast in the figure's stretch, within 60 characters, that is no date ("in May").</summary>
    private bool PlanNear(SentenceMatches memo, SentenceContext sc, Figure f, int lo, int hi) =>
        MeasureClassifier.Distance(memo.Of(_cues.Forecast).Where(m => !sc.Dates.Any(d => m.Start < d.End && m.End > d.Start)).ToArray(), f, lo, hi) < 60;

    private static bool LivedInOrigin(SentenceContext sc, string s, Figure f, int hi, string origin)
    {
        foreach (var p in sc.Places)
        {
            if (p.IsDemonym || p.Code != origin || p.Start < f.End || p.Start > hi) continue;
            if (LivedIn().IsMatch(s.AsSpan(f.End, p.Start - f.End))) return true;
        }
        return false;
    }

    [GeneratedRegex(@"^\s+(?:[\p{L}-]+\s+){0,2}?(?:lived|live|were living|are living|living)\s+in\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex LivedIn();

    [GeneratedRegex(@"^\s+(?:[\p{L}'’-]+\s+){0,4}?(?:have\s+|had\s+|has\s+)?(?:entered|arrived|landed|crossed in|came in|poured in)\b(?!\s+(?:in|into|at|to)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ArrivedNear();

    [GeneratedRegex(@"^\d{1,2}(?:\.\d{1,2})+\.?\s+\p{Lu}[\p{L} ,&-]{0,45}\.?$")]
    private static partial Regex NumberedHeading();

    [GeneratedRegex(@"^\|\s*(?:nationality|nationalities|citizenship|country of origin|countries of origin|origin|country of nationality)\s*\|", RegexOptions.IgnoreCase)]
    private static partial Regex OriginColumn();

    private static bool Skip(Figure f, string why)
    {
        if (Trace) Console.Error.WriteLine($"trace: skip '{f.Text}': {why}");
        return true;
    }

    public IEnumerable<Claim> Build(DocumentContext doc, SentenceContext sc)
    {
        var s = sc.Sentence.Text;
        var figures = sc.Figures;
        var results = new List<Claim>();
        long t = StageClock.Start();
        var memo = new SentenceMatches(s, sc.Places.Count, sc.Anchors?.Starts) { Heading = sc.IsHeading };
        // an age or a label ("men aged 18 to 60", "episode 112") is no figure, and must not cut the figure before it
        // off from its places
        var labels = memo.Of(_cues.ExcludeBefore);
        if (labels.Length > 0)
        {
            figures = figures.Where(f => !labels.Any(a => a.End <= f.Start && f.Start - a.End <= 2)).ToList();
            // every later stage indexes the sentence's figures: they see the same list
            sc = sc with { Figures = figures };
        }
        var sentenceSource = _attribution.Find(s, memo.Starts);
        StageClock.Stop(StageClock.Stage.Attribution, t);
        // a sentence that goes on from the previous one ("Of those, ...") keeps its originator across paragraphs
        var carried = doc.BlockSource ?? (ContinuesPrevious().IsMatch(s) || figures.Count > 0 && MayReferBack(s, figures[0].Start) && RefersBack(s, 0, figures[0]) ? doc.LastSource : null) ?? sc.Table?.Source;
        // every phrase of the all-origins list says "all" or "every"
        bool mayBeAllOrigins = s.Contains("all ", StringComparison.OrdinalIgnoreCase) || s.Contains("every", StringComparison.OrdinalIgnoreCase);
        // "Correction: an earlier version said ...": looked for once, only where such a word is written
        var earlier = s.Contains("earlier", StringComparison.OrdinalIgnoreCase) || s.Contains("previous", StringComparison.OrdinalIgnoreCase) || s.Contains("original", StringComparison.OrdinalIgnoreCase)
            ? EarlierVersion().Match(s) : null;
        // "we recorded", "moved here": in an interview, the speaker's country
        doc.FirstPerson = doc.BlockSpeaker is not null && FirstPerson().IsMatch(s);
        var respectively = Respectively().IsMatch(s) ? PlaceResolver.RespectivelyMap(sc) : null;
        // "2.1 Entries.": a numbered section heading
        if (figures.Count > 0 && figures[0].Start == 0 && s.Length < 60 && NumberedHeading().IsMatch(s))
        {
            foreach (var f in figures) Skip(f, "a section number");
            return results;
        }
        // "Where did 'one million' come from?", "Have a million settled in Hungary?": a question about a figure asserts
        // none (annotators split on question headlines: three sets leave them out, two keep them)
        if (figures.Count > 0 && s.EndsWith('?') && WhQuestion().IsMatch(s))
        {
            foreach (var f in figures) Skip(f, "a question");
            return results;
        }
        // "Inside Sudan, 1.6 million people have been forced from their homes": people moving within their own country
        if (figures.Count > 0 && InsideLead().Match(s) is { Success: true } inside && InsideOrigin(doc, sc, inside.Length))
        {
            foreach (var f in figures) Skip(f, "inside the origin country");
            return results;
        }

        (Measure Measure, string? Destination)? total = null;
        int priceBefore = -1; // the end of the last figure that counted a thing, not people
        for (int i = 0; i < figures.Count; i++)
        {
            var f = figures[i];
            int lo = i > 0 ? figures[i - 1].End : 0;
            int hi = i + 1 < figures.Count ? figures[i + 1].Start : s.Length;

            // "(19 mi)" after "30 kilometres": a conversion of the same figure
            if (i > 0 && IsConversion(s, figures[i - 1], f) && Skip(f, "conversion")) continue;

            t = StageClock.Start();
            var head = _heads.Read(s, f, sc);
            // "buses queued for up to two days": a wait in days is a queue reading in hours
            if (f.Unit is null && head.Kind == HeadKind.NonPeople && head.Word is "days" or "day" && WaitFor().IsMatch(s.AsSpan(Math.Max(lo, f.Start - 40), f.Start - Math.Max(lo, f.Start - 40))))
            {
                f = f with { End = head.End, Text = s[f.Start..head.End], Low = f.Low * 24, High = f.High * 24, Unit = CountUnit.Hours };
                head = new HeadNoun(HeadKind.None, "", head.End);
            }
            // "200,000 cases are waiting" in a paragraph about asylum: the cases are applications
            if (head.Kind == HeadKind.NonPeople && head.Word.Equals("cases", StringComparison.OrdinalIgnoreCase)
                && (doc.BlockMeasure == Measure.Asylum || doc.LastMeasure == Measure.Asylum && doc.BlockMeasure is null || memo.Any(_cues.Asylum)))
                head = head with { Kind = HeadKind.Document };
            StageClock.Stop(StageClock.Stage.Heads, t);
            var unit = f.Unit ?? CountUnit.People;
            bool queueCue = memo.Any(_cues.Queue);
            if (head.Kind == HeadKind.NonPeople && f.Unit is null && Skip(f, "non-people noun " + head.Word)) { priceBefore = f.End; continue; }
            // "a place in a car was going for 30,000 roubles, a bicycle for 50,000": a price after a price
            if (priceBefore >= 0 && head.Kind == HeadKind.None && f.Unit is null && PriceLead().IsMatch(s.AsSpan(priceBefore, f.Start - priceBefore)) && Skip(f, "a price, like the figure before")) continue;
            // "expelled 2,118 foreigners": people of every nationality, no one origin
            // ("1.918.583 foreign nationals": the word before the head says it too)
            if (head.Kind == HeadKind.People && (ForeignersWord().IsMatch(head.Word) || head.End > f.End && ForeignPeople().IsMatch(s.AsSpan(f.End, head.End - f.End)))
                && Skip(f, "all origins: " + head.Word)) continue;
            if (_cues.CurrencyBefore.IsMatch(s.AsSpan(Math.Max(0, f.Start - 6), Math.Min(6, f.Start))) && Skip(f, "money")) continue;
            if (f.IsYearLike && head.Kind != HeadKind.People && Skip(f, "year")) continue;
            // ("about two hundred a day walking down": a count by the day is a flow, however small its words)
            if (f.IsWords && !f.HasScale && f.Unit is null && f.Qualifier != Qualifier.Order && head.Kind != HeadKind.People && !RateRightAfter().IsMatch(s.AsSpan(f.End))
                && Skip(f, "small word number")) continue;
            if (f.Qualifier == Qualifier.Order && f.Low < 1000 && f.Unit is null && head.Kind != HeadKind.People && Skip(f, "small order")) continue;

            // (unless it is the subject of a move: "Just 73 have applied for asylum")
            if (f.Unit is null && f.Value < 100 && head.Kind is HeadKind.None && !SubjectOfMove().IsMatch(s.AsSpan(f.End)) && Skip(f, "small number without a noun")) continue;
            // "900 claims a year from all countries combined": people of every origin
            int clauseLo = Math.Max(lo, s.LastIndexOf(';', Math.Max(0, f.Start - 1)) + 1), clauseHi = s.IndexOf(';', f.End) is var sc2 && sc2 >= 0 && sc2 < hi ? sc2 : hi;
            if (mayBeAllOrigins && MeasureClassifier.Distance(memo.Of(_cues.AllOrigins), f, clauseLo, clauseHi) < 80)
            {
                // "249,740 encounters with migrants of all nationalities. Among them were 21,360 Guatemalans": the
                // total is no claim, but what it counts is what the next sentence's part counts
                var all = _measures.Classify(memo, f, lo, hi, head, queueCue, false, sc.Dates, out bool allRejected, out _);
                if (all is { } am && !allRejected && am != Measure.Queue) { doc.LastMeasure = am; doc.LastPeriod = _periods.Resolve(doc, sc, f, lo, hi, am, doc.Origin); }
                Skip(f, "all origins");
                continue;
            }
            // "No, 800,000 Afghans were not expelled", "a viral post says 800,000 were expelled": a figure denied, or the
            // rumour a fact check examines, is no claim
            if ((NegatedAfter().IsMatch(s.AsSpan(f.End, Math.Min(hi, s.Length) - f.End)) || RumourBefore().IsMatch(s.AsSpan(0, f.Start))) && Skip(f, "denied or rumoured")) continue;
            // 'I saw "30,000 arrivals" on social media': a figure quoted from posts is the rumour, not a count
            if (f.Start > 0 && s[f.Start - 1] is '"' or '“' && SocialMedia().IsMatch(s) && Skip(f, "quoted from social media")) continue;
            // "7 in 10 cited the draft": the base of a share
            if (f.Start > 5 && ShareBase().IsMatch(s.AsSpan(Math.Max(0, f.Start - 14), Math.Min(14, f.Start))) && Skip(f, "the base of a share")) continue;
            // "received 1.1 million Russian tourists", "58,000 Russian tourist arrivals": the people counted are tourists,
            // who travel for pleasure, not in a crisis
            if (head.Kind == HeadKind.People && head.End > f.End && TouristHead().IsMatch(s.AsSpan(f.End, head.End - f.End)) && Skip(f, "tourists")) continue;
            // "114 300 held temporary refuge, 2 460 fewer than at the end of May": the difference between two counts
            if (DifferenceAfter().IsMatch(s.AsSpan(f.End)) && Skip(f, "a difference between counts")) continue;
            // "trucks crossing the desert carry 40 to 60 passengers each": what one vehicle holds, not a movement
            if (head.Kind == HeadKind.People && head.End > f.End && EachAfter().IsMatch(s.AsSpan(head.End))
                && VehicleBefore().IsMatch(s.AsSpan(lo, f.Start - lo)) && Skip(f, "a load per vehicle")) continue;
            // "4.5% of the country's 10.5 million residents": the size of a place, not of a movement
            if (f.Start > 4 && s[f.Start - 1] == ' ' && s[f.Start - 2] is 's' or 'S' && PlacePossessive().IsMatch(s.AsSpan(lo, f.Start - lo))
                && PopulationAfter().IsMatch(s.AsSpan(f.End)) && Skip(f, "a place's population")) continue;
            // "more than 100,000 of the enclave's roughly 120,000 ethnic Armenians": the whole is the place's people
            if (i > 0 && PlaceWholeBefore().IsMatch(s.AsSpan(figures[i - 1].End, f.Start - figures[i - 1].End)) && Skip(f, "the population a part is taken from")) continue;
            // "Correction: an earlier version of this article said 51,000": a figure withdrawn
            if (earlier is { Success: true } ev && ev.Index < f.Start && !s.AsSpan(ev.Index, f.Start - ev.Index).Contains(';') && Skip(f, "withdrawn figure")) continue;
            // a figure being corrected: "was 5,100, not the 5,400 it gave earlier"
            if (NotBefore().IsMatch(s.AsSpan(Math.Max(lo, f.Start - 10), f.Start - Math.Max(lo, f.Start - 10))) && Skip(f, "corrected figure")) continue;

            Measure measure;
            bool continues = false, partOfPrevious = false;
            if (f.Unit is CountUnit.Km or CountUnit.Hours)
            {
                if (!queueCue && Skip(f, "unit without queue")) continue;
                // "residents within 16 km of the border": a distance, not a queue
                if (f.Unit is CountUnit.Km && s.AsSpan(0, f.Start).TrimEnd() is var lead && lead.EndsWith("within", StringComparison.OrdinalIgnoreCase) && Skip(f, "distance")) continue;
                // "the border with Sudan is about 1,400 kilometres long": a border's length, not a queue
                if (f.Unit is CountUnit.Km && BorderLength().IsMatch(s.AsSpan(0, f.Start)) && !QueueNoun().IsMatch(s) && Skip(f, "border length")) continue;
                measure = Measure.Queue;
            }
            // "1,150 vehicles waiting at Syrym and another 600 at Karaozek": the second count goes on counting vehicles
            else if (f.Unit is CountUnit.Vehicles || head.Kind == HeadKind.Vehicle
                     || head.Kind == HeadKind.None && i > 0 && results.Count > 0 && results[^1].Unit == CountUnit.Vehicles
                        && results[^1].End - sc.Sentence.Start == figures[i - 1].End && AnotherBefore().IsMatch(s.AsSpan(lo, f.Start - lo)))
            {
                if (!queueCue && Skip(f, "unit without queue")) continue;
                // "traffic is running at 1,000 vehicles an hour": a flow, not a queue
                if (VehicleFlow().IsMatch(s.AsSpan(Math.Max(f.End, head.End))) && Skip(f, "a flow of vehicles")) continue;
                measure = Measure.Queue;
                unit = CountUnit.Vehicles;
            }
            else
            {
                t = StageClock.Start();
                bool pastDated = sc.Dates.Any(d => d.Role is DateRole.By or DateRole.Point && (doc.Published is null || d.To.Last <= doc.Published.Value));
                var m = _measures.Classify(memo, f, respectively is null ? lo : 0, respectively is null ? hi : s.Length, head, queueCue, pastDated, sc.Dates, out bool reject, out string why);
                if (Trace) Console.Error.WriteLine($"trace: classify {f.Text}: {m} reject={reject} why={why} head={head.Kind} {head.Word} {head.End}");
                // "130,000 Burundian refugees in Tanzania": refugees counted where they are, with no verb of movement, are a stock
                if (m is Measure.Arrivals && head.Kind == HeadKind.People && RefugeesInPlace().Match(s, f.End, s.Length - f.End) is { Success: true } stock
                    && !memo.Cue(_cues.Move).Any(c => c.End > lo && c.Start < hi && (c.End <= f.End || c.Start >= stock.Groups["noun"].Index + stock.Groups["noun"].Length)))
                    m = Measure.Residents;
                // "..., up from about 1,400 in January": a comparison counts the same thing as the figure before it
                if (i > 0 && results.Count > 0 && results[^1].End - sc.Sentence.Start == figures[i - 1].End && Comparison().IsMatch(s.AsSpan(lo, f.Start - lo))) { m = results[^1].Measure; reject = false; }
                // "of whom 137 had tourist visas": a part of the previous figure, counted the same way
                if (m is null && i > 0 && results.Count > 0 && SubsetBefore().IsMatch(s[lo..f.Start])) { m = results[^1].Measure; reject = false; }
                // "about 112,000 returnees, of whom 47,300 crossed through X": how a part crossed does not change what it counts
                else if (m == Measure.Arrivals && i > 0 && results.Count > 0 && results[^1].Measure is Measure.Returns or Measure.Asylum && SubsetBefore().IsMatch(s[lo..f.Start])) m = results[^1].Measure;
                // a table row: its figures count what the header and the introduction say ("figures for the main host countries")
                if (m is null && why == "no cue" && sc.Table?.MeasureAt(s, f.Start) is { } tm) { m = tm; reject = false; }
                // "- From Lebanon: nearly 121,000, most of them through the unofficial crossings", in a list of returns:
                // the way they crossed does not change what the list counts
                else if (m == Measure.Arrivals && head.Kind == HeadKind.None && sc.Table?.MeasureAt(s, f.Start) == Measure.Returns) m = Measure.Returns;
                // "the figure stood at 100,600", "The figure given by the ministry is 79,300": the count named before
                // (for "the figure for Colombia", the last count for that country)
                if (m is null && why == "no cue" && RefersBack(s, lo, f) && !memo.Of(_cues.Forecast).Any(m => !sc.Dates.Any(d => m.Start < d.End && m.End > d.Start)))
                {
                    var named = sc.Places.FirstOrDefault(p => !p.IsDemonym && p.Entry.Kind == PlaceKind.Country && doc.MeasureByDestination.ContainsKey(p.Code));
                    if ((named is not null ? doc.MeasureByDestination[named.Code] : doc.LastPeopleMeasure) is { } back) { m = back; reject = false; continues = true; }
                }
                // a sentence with no cue continuing the paragraph's count ("the leaders are Germany (3,855)")
                // (not a plan: "the government said it would expel up to 10,000 people a week")
                if (m is null && why == "no cue" && doc.BlockMeasure is { } bm && bm is Measure.Asylum or Measure.Residents or Measure.Returns && !PlanNear(memo, sc, f, lo, hi)) { m = bm; reject = false; }
                // "They were followed by Ecuadorians (roughly 45k) and Haitians (a little over 38,000)": the people named,
                // in a paragraph counting a flow, go on with that count
                // ("Venezuelans made up 41,700 of them": the count of the paragraph before)
                if (m is null && why == "no cue" && (doc.BlockMeasure ?? (OfThem().IsMatch(s) ? doc.LastMeasure : null)) is { } flow && flow is Measure.Arrivals or Measure.Departures && DemonymInBrackets(sc, s, f)) { m = flow; reject = false; continues = true; }
                // "Of them, about 70,000 were men": a part of the previous sentence's count, counted the same way
                if (m is null && why == "no cue" && ContinuesPrevious().IsMatch(s) && doc.LastMeasure is { } lm && lm is not Measure.Queue) { m = lm; reject = false; continues = true; partOfPrevious = true; }
                // "Of those, about 82,000 were Lebanese citizens and 154,000 were Syrians, many of whom had lived in ...":
                // a cue elsewhere in the sentence says less than the count the part belongs to
                else if (m is not null && why == "sentence" && ContinuesPrevious().IsMatch(s) && doc.LastMeasure is { } lm2 && lm2 is not Measure.Queue) { m = lm2; continues = true; partOfPrevious = true; }
                StageClock.Stop(StageClock.Stage.Classify, t);
                // "hosts 1.7 million refugees, of whom roughly 600,000 are Congolese": the part counts as the whole
                if (total is not null && SubsetBefore().IsMatch(s[lo..f.Start])) { m = total.Value.Measure; reject = false; }
                if ((reject || m is null) && Skip(f, "classify: " + why)) continue;
                measure = m!.Value;
            }

            // places: origin and destination
            t = StageClock.Start();
            var (origin, destination, place) = _places.Resolve(doc, sc, memo, f, i, lo, hi, ref measure, respectively, continues);
            // "| Haiti | 5,120 | 33,870 |" under "| Nationality | ...": the row names the people's country
            // ("| Other | 18,110 |", "| Total | 81,946 |": several or all nationalities, no one origin)
            if (sc.Table is { RowsAreOrigins: true })
            {
                if (RowCountry(sc) is not { } nationality)
                {
                    if (s.StartsWith('|') && Skip(f, "a nationality table's row of several origins")) continue;
                }
                else
                {
                    if (destination == nationality) destination = null;
                    origin = nationality;
                    destination ??= doc.DocumentHost ?? doc.ContextCountry;
                    if (destination == origin) destination = null;
                }
            }
            // "| Chad | 563,000 | 158,400 |" under "Returnees": the row's country is the home they came back to, from the
            // country the table is about
            if (sc.Table is { ReturnsAreRowNationals: true } && measure == Measure.Returns && RowCountry(sc) is { } home && doc.Origin is { } left && home != left)
                (origin, destination) = (home, left);
            if (total is not null && SubsetBefore().IsMatch(s[lo..f.Start]) && total.Value.Destination is { } td) destination = td;
            total = null;
            // ... and the whole, of people of every origin, is no claim about the part's people
            if (OfAllOrigins(sc, s, f, i, head, doc.Origin))
            {
                total = (measure, destination);
                Skip(f, "total of all origins, a part follows");
                continue;
            }
            // "236,400 crossed from Lebanon into Syria. Of those, 154,000 were Syrians": the part going into its own
            // country is going home, from where the whole came
            if (partOfPrevious && measure is Measure.Arrivals or Measure.Departures && origin is { } own && own == doc.LastCountry
                && doc.BlockOrigin is { } wholeOrigin && wholeOrigin != own)
                (measure, destination, place) = (Measure.Returns, wholeOrigin, null);
            // "including some 26,000 Egyptians returning home": they go home from the country the count is leaving
            if (measure is not Measure.Queue && GoingHomePeople(sc, s, f, hi, doc.Origin) is { } homeward)
                (measure, origin, destination, place) = (Measure.Returns, homeward.Code, origin != homeward.Code ? origin : doc.Origin, null);
            // "roughly 24,000 people crossed at Torkham", in a story of people going back: crossing with no direction
            // named goes on with the story's returns, from the country of the crossing
            else if (measure == Measure.Arrivals && doc.LastPeopleMeasure == Measure.Returns && place is not null && BareCrossing().IsMatch(s.AsSpan(lo, hi - lo)))
                measure = Measure.Returns;
            // "| Sun 24 Sep | 1,050 |" under "Entered Armenia that day": a row naming no country went where the header says
            // ("| Total | 24 610 | 705 |" under rows that all went to Uganda: the total went there too)
            if (destination is null && (sc.Table?.Destination ?? sc.Table?.RowDestination) is { } tableDestination && measure is Measure.Departures or Measure.Arrivals && tableDestination != origin)
                (measure, destination) = (Measure.Arrivals, tableDestination);
            // "Before the blockade, about 120,000 people lived in Nagorno-Karabakh": people living in their own land are its
            // population, not a stock of migrants
            if (measure == Measure.Residents && origin is not null && LivedInOrigin(sc, s, f, hi, origin) && Skip(f, "the population of the land people leave")) continue;
            // a group the contract has no code for ("the Gulf states", "Africa") is reported as groups.tsv says
            destination = _gazetteer.Reported(destination);
            // "nearly 2 lakh entered since November" in a headline, before any country: a word of arrival means the country
            // the whole document's people go to
            if (measure == Measure.Arrivals && destination is null && doc.DocumentHost is { } host && host != origin
                && ArrivedNear().IsMatch(s.AsSpan(f.End, Math.Min(hi, s.Length) - f.End)))
                destination = host;
            if (measure == Measure.Arrivals && destination is null) measure = Measure.Departures;
            if (measure == Measure.Departures && destination is not null) measure = Measure.Arrivals;

            StageClock.Stop(StageClock.Stage.PlaceResolve, t);
            t = StageClock.Start();
            // ("| Qustul | Egypt | 96 875 | 980 |" under "| ... | Daily average, 11-17 Jun |": the column's rate)
            var per = _rates.Find(s, f, lo, hi, memo.Starts) ?? sc.Table?.RateAt(s, f.Start);
            var population = _populations.Find(s, f, hi, head);
            // "1,250 this year, compared with 900 in the whole of last year": the comparison's dates are its own
            int periodLo = i > 0 && Comparison().Match(s, lo, f.Start - lo) is { Success: true } cm ? cm.Index : lo;
            var (from, to) = _periods.Resolve(doc, sc, f, periodLo, hi, measure, origin);
            // "Among them were 21,360 Guatemalans": a part of the previous count, with no date of its own, covers its period
            if (partOfPrevious && sc.Dates.Count == 0 && doc.LastPeriod is { } lp) (from, to) = lp;
            var source = _sources.Resolve(AttributionFinder.Nearest(sentenceSource, f.Start, s), doc, sentenceSource) ?? carried;

            StageClock.Stop(StageClock.Stage.Details, t);
            double? low = f.Low, high = f.High;
            results.Add(new Claim
            {
                Doc = doc.Doc,
                Text = f.Text,
                Quote = s,
                Measure = measure,
                Unit = unit,
                Per = per,
                Low = low,
                High = high,
                Qualifier = f.Qualifier,
                Origin = origin,
                Destination = destination,
                Place = place,
                Population = population,
                From = from,
                To = to,
                Source = source,
                Start = sc.Sentence.Start + f.Start,
                End = sc.Sentence.Start + f.End,
                Confidence = Confidence(f, head, destination, measure),
            });
            if (destination is not null) { doc.BlockDestination = destination; doc.LastCountry = destination; if (per is null && measure != Measure.Queue) doc.MeasureByDestination[destination] = measure; }
            doc.BlockMeasure = measure;
            doc.LastMeasure = measure;
            doc.LastPeriod = (from, to);
            if (measure != Measure.Queue) doc.LastPeopleMeasure = measure;
            if (origin is not null) doc.BlockOrigin = origin;
        }
        // a crossing the gazetteer knows is noted by the pipeline after every sentence; one it does not know takes the
        // country of this sentence's claims
        if (!sc.Places.Any(p => !p.IsDemonym && p.Entry.Kind == PlaceKind.Crossing)
            && _places.UnknownCrossing(sc) is { } unknown && (results.LastOrDefault(c => c.Destination is not null)?.Destination ?? doc.ContextCountry) is { } country)
            doc.LastCrossing = (country, unknown);
        if (sentenceSource.Count > 0)
        {
            var resolved = sentenceSource.Select(a => _sources.Resolve(a, doc, sentenceSource)).ToList();
            _sources.Remember(resolved, doc);
            // in an interview, the speaker's paragraph stays the speaker's word after a sentence citing someone else
            if (doc.BlockSpeaker is null) doc.BlockSource = resolved[^1] ?? doc.BlockSource;
        }
        return results;
    }

    /// <summary>
    /// What the figures of a table count, from its header row and the sentence before it: the first cue kind found
    /// (asylum, returns, residents, movement); a table of people by country with no cue holds stocks (residents).
    /// </summary>
    public TableContext Table(DocumentContext doc, string header, string? intro, List<PlaceHit> headerPlaces)
    {
        var text = intro is null ? header : intro + " " + header;
        var memo = new SentenceMatches(text, 0);
        Measure? m = CueMeasure(memo)
            ?? (headerPlaces.Any(p => p.IsDemonym && p.IsPlural) || HeadNounReader.Token().Matches(header).Any(t => _cues.People.Contains(t.Value)) ? Measure.Residents : null);
        if (memo.Any(_cues.Mobilized) || memo.Any(_cues.Exclude)) m = null;
        // each cell of a header row may name its own count
        List<Measure?>? columns = null;
        bool rowNationals = false;
        List<Rate?>? rates = null;
        bool pipeHeader = header.Length > 2 && header[0] == '|';
        if (pipeHeader)
        {
            // (a cell naming no count counts what the introduction says, "New arrivals by crossing point:"; with none, a
            // cell naming people, "Venezuelans living there", holds a stock)
            var introMeasure = intro is null ? null : CueMeasure(new SentenceMatches(intro, 0));
            var cells = header.Split('|')[1..^1].Select(cell => (Text: cell, Cues: new SentenceMatches(cell, 0))).ToList();
            columns = cells.Select(c => c.Cues.Any(_cues.Mobilized) || c.Cues.Any(_cues.Exclude) ? null
                    : CueMeasure(c.Cues) ?? introMeasure ?? (_gazetteer.Find(c.Text).Any(p => p.IsDemonym && p.IsPlural) ? Measure.Residents : (Measure?)null))
                .ToList();
            if (columns.Count(c => c is not null) < 2 || columns.Where(c => c is not null).Distinct().Count() < 2) columns = null;
            else rowNationals = cells.Any(c => RowNationals().IsMatch(c.Text) && c.Cues.Any(_cues.Returns));
            rates = cells.Select(c => _cues.Rates.FirstOrDefault(r => r.Pattern.IsMatch(c.Text)) is { Pattern: not null } hit ? hit.Rate : (Rate?)null).ToList();
            if (rates.All(r => r is null)) rates = null;
        }
        var named = _attribution.Find(header, PhraseMatcher.Starts(header));
        string? source = named.Count > 0 ? _sources.Resolve(named[^1], doc, named) : null;
        var headerCountries = pipeHeader
            ? headerPlaces.Where(p => !p.IsDemonym && p.Entry.Kind == PlaceKind.Country && p.Code != doc.Origin).Select(p => p.Code).Distinct().ToList()
            : [];
        return new TableContext(m, source ?? doc.LastSource, columns)
        {
            ReturnsAreRowNationals = rowNationals,
            RowsAreOrigins = pipeHeader && OriginColumn().IsMatch(header),
            ColumnRates = rates,
            Destination = headerCountries.Count == 1 ? headerCountries[0] : null,
        };
    }

    /// <summary>The first kind of count a text's cue words name: asylum, returns, residents, movement.</summary>
    private Measure? CueMeasure(SentenceMatches memo) =>
        memo.Any(_cues.Asylum) ? Measure.Asylum
        : memo.Any(_cues.Returns) ? Measure.Returns
        : memo.Any(_cues.Residents) ? Measure.Residents
        : memo.Any(_cues.Move) ? Measure.Arrivals
        : null;

    [GeneratedRegex(@"^\s+(?:nationals|citizens|people|refugees|migrants)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PeopleWordBetween();

    [GeneratedRegex(@"^\s+(?:[\p{L}'’-]+\s+){0,3}?(?:were|was|have|has|had|did)\s+not\s+(?:been\s+)?(?:[\p{L}-]+\s+)?\p{L}+(?:ed|en|ft|ne|ld|ght)\b|^\s+(?:[\p{L}'’-]+\s+){0,3}?(?:weren't|wasn't|haven't|hasn't|hadn't|didn't|never)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NegatedAfter();

    [GeneratedRegex(@"\b(?:a|the|one|this)\s+(?:viral\s+|widely shared\s+|popular\s+)?(?:post|posts|tweet|video|message|meme|rumou?r)\b[^.;]{0,80}\b(?:says|said|claims|claimed|stated|states)\s+(?:that\s+)?[""“']?\s*$|^\W{0,3}(?:claim|the claim|viral claim|rumou?r)\s*:[^;]*$|\b(?:did not|didn't|didn’t|never)\s+(?:say|said|claim|report)\s+(?:that\s+)?$|\bno\s+(?:[\p{L}-]+\s+){0,4}(?:data|figures|statistics|evidence|records?)\s+(?:show|shows|support|supports|suggest|suggests)\s+(?:anything like\s+|any\s+)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex RumourBefore();

    [GeneratedRegex(@"^\s+(?:have|has|had|were|was)\s+(?:already\s+|since\s+|so far\s+)?(?:applied|fled|crossed|arrived|entered|left|returned|sought|registered|been (?:deported|expelled|returned|granted))\b", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectOfMove();

    [GeneratedRegex(@"\b(?:another|a further|and|plus|against|versus|vs\.?|compared (?:with|to)|(?:up|down|rising|falling|risen|fallen) from)\s+(?:some\s+|about\s+|around\s+|nearly\s+|roughly\s+)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex AnotherBefore();

    [GeneratedRegex(@"^\s+(?:of|out of)\s+(?:the|its|their)\s+(?:country|nation|city|town|region|island|state|republic|enclave|province|territory|district|village|area)['’]s\s+(?:estimated\s+|total\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceWholeBefore();

    [GeneratedRegex(@"^\s+(?:who\s+(?:are|were|had been)\s+)?(?:returning|going|heading|coming|returned|went|came|headed)\s+(?:back\s+)?home\b", RegexOptions.IgnoreCase)]
    private static partial Regex GoingHomeAfter();

    [GeneratedRegex(@"\b(?:on social media|on (?:Telegram|Twitter|X|Facebook|TikTok|WhatsApp|Instagram)|went viral|circulat(?:ed|ing) online|viral (?:post|claim|video|tweet))\b", RegexOptions.IgnoreCase)]
    private static partial Regex SocialMedia();

    // "240,000 South Sudanese refugees in Uganda": people named by where they are, up to three capitalised words between
    [GeneratedRegex(@"\G\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}(?<noun>(?i:refugees|exiles|émigrés|emigres))\s+(?:now\s+|still\s+|currently\s+)?(?:in|living in|sheltering in|staying in|hosted in|based in)\s+(?:the\s+)?\p{Lu}")]
    private static partial Regex RefugeesInPlace();

    // what stands between a price and the next one: ", a bicycle for ", " and "
    [GeneratedRegex(@"^\s*\p{L}*[,;]?\s+(?:and\s+)?(?:(?:a|an|the|one)\s+)?(?:[\p{L}-]+\s+){0,3}(?:for|at|cost|costs|costing)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex PriceLead();

    // a crossing named with no word of direction: "crossed at Torkham", "passed through Islam Qala"
    [GeneratedRegex(@"\b(?:crossed|crossing|crossings|passed|passing)\s+(?:at|through|via)\s", RegexOptions.IgnoreCase)]
    private static partial Regex BareCrossing();

    [GeneratedRegex(@"^\s+(?:made up|make up|accounted for|account for|numbered|were|totalled|totaled)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex MadeUp();

    [GeneratedRegex(@"\b\d{1,2}\s+(?:in|out of)\s+$", RegexOptions.RightToLeft)]
    private static partial Regex ShareBase();

    [GeneratedRegex(@"\bof (?:them|those|these)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OfThem();

    // (and a yes-no question, after a label: "Fact check: Have a million Ukrainians settled in Hungary?")
    [GeneratedRegex(@"^(?:\p{L}+(?:\s\p{L}+)?:\s*)?\W{0,3}(?:where|what|how|why|which|who|have|has|had|did|do|does|is|are|was|were)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhQuestion();

    [GeneratedRegex(@"^\s+(?:(?:a|per|each|every)\s+(?:day|week|night)|daily)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RateRightAfter();

    [GeneratedRegex(@"^\s*(?:an|a|per|each|every)\s+(?:hour|minute)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VehicleFlow();

    [GeneratedRegex(@"^\s+each\b(?!\s+(?:day|week|month|year|night|hour)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex EachAfter();

    [GeneratedRegex(@"^\s+(?:fewer|more|less)\s+than\s+(?:at|in|on|a|the|last|previous|before|during|it|they|were|was)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DifferenceAfter();

    [GeneratedRegex(@"\b(?:tourists?|holiday-?makers|vacationers|sightseers)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TouristHead();

    [GeneratedRegex(@"\b(?:trucks?|lorr(?:y|ies)|(?:mini)?bus(?:es)?|coaches|boats?|vessels?|dinghies|dinghy|planes?|aircraft|flights?|trains?|carriages?|wagons?|cars?|vans?|pick-?ups?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VehicleBefore();

    [GeneratedRegex(@"\b(?:nationals|citizens|own people|coming home)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RowNationals();

    [GeneratedRegex(@"^(?:foreigners|foreign nationals|foreign citizens)$", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignersWord();

    [GeneratedRegex(@"^\s+(?:[\p{L}-]+\s+)?foreign\s+(?:nationals|citizens|residents|people|migrants|workers)$", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignPeople();

    /// <summary>People named right before the figure's bracket: "Haitians (a little over 38,000)".</summary>
    private static bool DemonymInBrackets(SentenceContext sc, string s, Figure f)
    {
        // "Venezuelans made up 41,700 of them, Ecuadorians 6,900": people named right before their figure
        if (sc.Places.Any(p => p.IsDemonym && p.IsPlural && p.End <= f.Start && (f.Start - p.End <= 1 || MadeUp().IsMatch(s.AsSpan(p.End, f.Start - p.End)))))
            return true;
        int open = s.LastIndexOf('(', Math.Max(0, f.Start - 1));
        if (open < 0 || s.AsSpan(open + 1, f.Start - open - 1).Trim().Length > 0) return false;
        // ("Chinese nationals (about 15,000)": a demonym and its people noun)
        return sc.Places.Any(p => p.IsDemonym && p.End <= open && (p.IsPlural ? open - p.End <= 2 : open - p.End <= 12 && PeopleWordBetween().IsMatch(s.AsSpan(p.End, open - p.End))));
    }

    /// <summary>The country named in the first cell of a table row ("| South Sudan | Joda / Renk | 196,700 |"), if any.</summary>
    private static string? RowCountry(SentenceContext sc)
    {
        var s = sc.Sentence.Text;
        if (s.Length < 3 || s[0] != '|') return null;
        int cellEnd = s.IndexOf('|', 1);
        if (cellEnd < 0) return null;
        return sc.Places.FirstOrDefault(p => !p.IsDemonym && p.Entry.Kind == PlaceKind.Country && p.End <= cellEnd)?.Code;
    }

    /// <summary>"1.7 million refugees, of whom 600,000 are Congolese": a figure naming no people, whose next figure is
    /// its part naming them.</summary>
    private static bool OfAllOrigins(SentenceContext sc, string s, Figure f, int i, HeadNoun head, string? origin)
    {
        if (i + 1 >= sc.Figures.Count) return false;
        var next = sc.Figures[i + 1];
        var between = s.AsSpan(f.End, next.Start - f.End);
        if (!(between.Contains("whom", StringComparison.Ordinal) || between.Contains("which", StringComparison.Ordinal) || between.Contains("them", StringComparison.Ordinal) || between.Contains("including", StringComparison.Ordinal))
            || !SubsetBefore().IsMatch(between)) return false;
        int headEnd = Math.Max(f.End, head.End);
        if (sc.Places.Any(p => p.IsDemonym && p.Start >= f.End && p.Start < headEnd)) return false;
        // (only a part of the story's own people: "255,565 have entered from Sudan, including some 26,000 Egyptians
        // returning home" counts everyone leaving Sudan, the Egyptians among them)
        return sc.Places.Any(p => p.IsDemonym && p.Start >= next.End && p.Start - next.End <= 30 && (origin is null || p.Code == origin));
    }

    /// <summary>
    /// "including some 26,000 Egyptians returning home", "of whom 93,000 are South Sudanese returning home": people of
    /// another country than the story's, named after the figure and going home, are a return to that country.
    /// </summary>
    private static PlaceHit? GoingHomePeople(SentenceContext sc, string s, Figure f, int hi, string? storyOrigin)
    {
        foreach (var p in sc.Places)
        {
            if (!p.IsDemonym || p.Start < f.End || p.Start >= hi || p.Code == storyOrigin || p.Entry.Kind != PlaceKind.Country) continue;
            if (p.Start - f.End > 30) break;
            if (GoingHomeAfter().IsMatch(s.AsSpan(p.End))) return p;
        }
        return null;
    }

    private static double Confidence(Figure f, HeadNoun head, string? destination, Measure m)
    {
        double c = 0.6;
        if (head.Kind == HeadKind.People) c += 0.2;
        if (!f.IsWords) c += 0.1;
        if (m != Measure.Departures && destination is not null) c += 0.05;
        return Math.Min(c, 0.99);
    }

    private static bool IsConversion(string s, Figure prev, Figure f)
    {
        if (prev.Unit is null || f.Unit is null) return false;
        var between = s[prev.End..f.Start].Trim();
        return between is "(" or "/" or "or" or "[";
    }
}
