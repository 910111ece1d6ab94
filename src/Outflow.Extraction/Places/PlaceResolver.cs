using System.Buffers;
using System.Text.RegularExpressions;
using Outflow.Core.Claims;
using Outflow.Extraction.Claims;
using Outflow.Extraction.Figures;
using Outflow.Extraction.Knowledge;

namespace Outflow.Extraction.Places;

/// <summary>
/// Decides a figure's origin, destination and place from the gazetteer names of its sentence (and the paragraph's
/// country when the sentence continues its count): "from X" and demonyms name the origin; the best-scored
/// country near the figure, led by "to", "into", "in", names the destination.
/// </summary>
internal sealed partial class PlaceResolver(Cues cues)
{
    // The patterns that end in "$" test the words just before a place and are only asked whether they match: read
    // right to left, they are tried once from the end of the window instead of from every character of it.
    [GeneratedRegex(@"\b(?:(?<!\b(?:according|due|next|close|similar|compared|thanks|owing|relative)\s)to|into|in|toward|towards|for|entered|entering|enter|enters|reached|reach|reaching|through|across|at|inside|welcomed in|arrived in)\s+(?:the\s+)?(?:neighbou?ring\s+|nearby\s+|neighbouring\s+)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex Directional();

    // ("have left for Syria": leaving for a country is going to it)
    [GeneratedRegex(@"\b(?:(?<!\b(?:according|due|next|close|similar|compared|thanks|owing|relative)\s)to|into|towards?|back to|back into|(?<=\b(?:left|leave|leaves|leaving|departed|headed|heading|set off|set out)\s)for)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex ToBefore();

    [GeneratedRegex(@"\b(?:from|out of|left|leave|leaving|leaves|fled|flee|fleeing|flees|escaped|escaping|exodus from|emigrated from|nationals of|citizens of)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+|(?:north|south)-?(?:east|west)(?:ern)?\s+|central\s+)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex FromBefore();

    [GeneratedRegex(@"^(?:'s|’s)\s+(?:\p{Ll}+\s+)?(?:war|crisis|conflict|unrest|violence|fighting|turmoil|collapse|crackdown|civil war|invasion|offensive|aggression|attacks?|bombardment|air strikes|strikes|occupation|annexation)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ConflictOf();

    [GeneratedRegex(@"^\s*(?:'s|’s)?\s+(?:country|nation|state|republic)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SingularCountryAfter();

    [GeneratedRegex(@"\b(?:war|wars|fight|fighting|fought|invasion|invaded|invade|conflict|battle|battlefield|front|frontline|combat|offensive|troops|army|operation|occupation|occupied|aggression|attack|attacks|annexation|annexed|sent to|serve in|die in|deployed to|mobili[sz]ed for)\s+(?:(?:in|on|of|against|into|to)\s+)?(?:the\s+)?(?:eastern\s+|southern\s+)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex WarContext();

    [GeneratedRegex(@"^(?:['’]s\s+(?:\p{Ll}+\s+){1,3}?)?\W{0,3}\s*(?:has|have|had|also)?\s*(?:already\s+)?(?:received|welcomed|hosted|hosts|admitted|took in|taken in|registered|recorded|counted|issued|granted|saw)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReceiveAfter();

    [GeneratedRegex(@"^\W{0,4}(?<town>\p{Lu}[\p{Lu}\s'’./\-]{2,40}?)(?:,\s*[\p{L} .]{2,30})?(?:,\s*\p{Lu}[\p{L}.]*\s*\d{1,2})?\s*(?:\([^)]{1,40}\))?\W{0,3}\s*[—–-]\s")]
    private static partial Regex Dateline();

    [GeneratedRegex(@"^['’]s\s+(?:\p{Ll}+\s+)?(?:authorities|officials|police|government|interior minister|interior ministry|ministry|minister|border guards?|border police|migration (?:service|office|authority|authorities)|statistics (?:agency|office|service|committee|bureau)|(?:migration|immigration|refugee|asylum) (?:agency|directorate|department|commission)|census)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorityAfter();

    [GeneratedRegex(@"\b(?:said|says|told (?:reporters|journalists)|speaking|spoke|briefing|news conference|press conference|based|headquartered|headquarters|representative|spokes(?:man|woman|person)|envoy|ambassador|embassy|office|bureau|correspondent)\s+(?:in|at)\s+$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex StatementPlace();

    // where the people quoted are, a town or region of the destination: "officials in Cox's Bazar said"
    [GeneratedRegex(@"\b(?:said|says|told (?:reporters|journalists)|speaking|spoke|briefing|based|officials|authorities|police|sources|officers|aid workers|reporters|correspondent)\s+(?:in|at)\s+$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex SpeakersPlace();

    [GeneratedRegex(@"\b(?:to|into|in|across)\s+(?:the\s+)?(?:neighbou?ring|nearby|surrounding|other|several|various|many)\s+(?:countries|states|nations)\b|\babroad\b", RegexOptions.IgnoreCase)]
    private static partial Regex VagueDestination();

    // a country as the subject of a deportation verb, up to the figure: "Pakistan has deported", "Iran, which ..., sent back"
    [GeneratedRegex(@"^(?:'s\s+\p{L}+)?(?:,?\s+[\p{L}'’]+){0,6}?(?:\s*,[^,.;]{0,50},)?,?\s+(?:has\s+|have\s+|had\s+|also\s+|already\s+)*(?:deport(?:s|ed)|expel(?:s|led)|sen(?:t|ds) back|forcibly returned|repatriated)\b[^.;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex SendsBack();

    [GeneratedRegex(@"^\s+(?:[\p{L}-]+\s+){0,2}?(?:left|have left|had left|departed|exited)\s+the country\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeftTheCountry();

    [GeneratedRegex(@"\b(?:conversation|interview|letter|dispatch|dispatches|notes|postcard|report|reports|reporting|reported|voices|live|views?|scenes?|stories)\s+from\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex StoryFrom();

    [GeneratedRegex(@"^\s*\($")]
    private static partial Regex OpenBracketOnly();

    // "nationals of Peru (251.005), Colombia (197.310) and ": the words before a country of such a list
    [GeneratedRegex(@"\b(?:nationals|citizens) of\s+(?:[\p{L}'’ -]+\s*\([^()]{1,20}\)\s*(?:,|,?\s+and)\s+)*$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex NationalsOfList();

    [GeneratedRegex(@"^\s*[""“]?\s*(?:has\s+|have\s+|had\s+|also\s+)*(?:deport(?:s|ed|ing)?|expel(?:s|led|ling)?|sen(?:t|ds|ding) back|thr(?:own|ew|ows) out|forcibly returned|repatriated)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SenderAfter();

    [GeneratedRegex(@"\b(?:return\w*|back|home|deport\w*|repatriat\w*|expel\w*|expulsion\w*)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GoingBack();

    // "have come home from abroad": no one country they come back from
    [GeneratedRegex(@"^\s+(?:land\s+)?(?:border|frontier)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BorderAfter();

    [GeneratedRegex(@"\bfrom abroad\b|\bfrom (?:the\s+)?(?:two|three|four|five|six|several|various|many|other|neighbou?ring|host)\s+(?:\p{Ll}+\s+)?countries\b", RegexOptions.IgnoreCase)]
    private static partial Regex Abroad();

    [GeneratedRegex(@"^\s+(?:ports?|coast|coastline|islands?|airports?|territory|soil|waters|capital|cities|towns|consulates?|authorities|officials|police|border guards?|border police|border service|government|interior ministry|(?:migration|immigration) (?:service|office|authority|authorities|directorate|department|agency|institute)|border agency|coast ?guard)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceNounAfter();

    // words of a sentence that goes on counting people coming into the country the paragraph is about
    [GeneratedRegex(@"\b(?:there|here|came(?!\s+back)|come(?!\s+back)|among those|arrive|arrives|arrived|arriving|arrivals|entered|entering|entries|entrants|crossed|crossing|crossings|received|receiving|newcomers|reached|encountered|encounters|in the country|into the country|to the country|the border(?!\s+(?:service|guards?|police|agency|force|troops)))\b", RegexOptions.IgnoreCase)]
    private static partial Regex ContinuesCount();

    // "Turkish border officials": a country's officials named by its adjective
    [GeneratedRegex(@"^\s+(?:border|migration|immigration|interior|government|state|federal|coast)?\s*(?:authorities|officials|police|guards?|service|ministry|officers|agency|directorate)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorityNounAfter();

    [GeneratedRegex(@"\b(?:registered|recorded|counted|logged|processed|admitted)\s+(?:(?:more than|over|about|around|some|nearly|almost|at least|another|a further)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex CountedIn();

    // a clause with a subject of its own: "... as rains threaten", ", and the pace of arrivals ..."
    [GeneratedRegex(@"\s(?:as|while|whereas|amid)\s+(?!(?:many|much|well|far|long|soon|a result|part|of|if|though|with|in|at|on|the first|the largest|the biggest|the number)\b)\p{L}|,\s*(?:and|but|while)\s+(?:the|its|their|this|that|these)\s+\p{L}+", RegexOptions.IgnoreCase)]
    private static partial Regex NewClause();

    private static PlaceHit? EnteredBefore(SentenceContext sc, SentenceMatches memo, Figure f, int index)
    {
        for (int j = sc.Places.Count - 1; j >= 0; j--)
        {
            var p = sc.Places[j];
            if (p.IsDemonym || p.Entry.Kind != PlaceKind.Country || p.End > f.Start || p.Start < sc.Figures[index - 1].End) continue;
            return memo.Before(Directional(), j, p.Start, 30) ? p : null;
        }
        return null;
    }

    private static bool FromLabel(string s, PlaceHit p) =>
        p.End < s.Length && s[p.End] == ':' && p.Start <= 8 && s.AsSpan(0, p.Start).Trim().Equals("From", StringComparison.OrdinalIgnoreCase);

    private static bool EthnicBefore(string s, int start) =>
        start >= 7 && s.AsSpan(0, start).TrimEnd().EndsWith("ethnic", StringComparison.OrdinalIgnoreCase);

    // "235,000 Syrians and 82,000 Lebanese crossed": the figure's people and the next figure's, subjects of one verb
    private static bool SharesVerbWithNext(SentenceContext sc, string s, int index) =>
        index + 1 < sc.Figures.Count && CoordinatedSubjects().IsMatch(s.AsSpan(sc.Figures[index].End, Math.Max(0, sc.Figures[index + 1].Start - sc.Figures[index].End)));

    [GeneratedRegex(@"^\s+\p{L}+\s+and\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex CoordinatedSubjects();

    // "more than 100,000 of the enclave's roughly 120,000 ... had crossed into Armenia": the verb after the whole is the part's
    private static bool OfWholeNext(SentenceContext sc, string s, int index) =>
        OfWhole().IsMatch(s.AsSpan(sc.Figures[index].End, Math.Max(0, sc.Figures[index + 1].Start - sc.Figures[index].End)));

    [GeneratedRegex(@"^\s+(?:of|out of)\s+(?:the|its|their)\s+(?:[\p{L}-]+['’]s\s+)?(?:estimated\s+|total\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OfWhole();

    [GeneratedRegex(@"\b(?:(?:including|of whom|among them)\s+(?:some\s+|about\s+|around\s+|nearly\s+|roughly\s+)?[\d.,]+(?:\s+(?:thousand|million))?|ethnic)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex PartOrEthnicBefore();

    [GeneratedRegex(@"\d(?:[\d.,  ]*\d)?(?:\s*(?:thousand|million|lakh|m|k))?\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex CountBefore();

    [GeneratedRegex(@"\b(?:of whom|of them|of those|among them)\s*,?\s+(?:some\s+|about\s+|around\s+|nearly\s+|roughly\s+|over\s+|more than\s+)?[\d.,]+(?:\s+(?:thousand|million))?\s+(?:are|were|is|was)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex PartBefore();

    [GeneratedRegex(@"^\s+(?:[\p{L}-]+\s+){0,2}?(?:returning|returnees|going home|coming home|heading home|going back)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HomewardAfter();

    [GeneratedRegex(@"^\s+(?:refugees?|migrants?|asylum[- ]seekers?|displacement|exodus)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RefugeesAfter();

    [GeneratedRegex(@"\b(?:of whom|of them|of those|of which|including|among them|among whom)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PartLead();

    [GeneratedRegex(@"\b(?:including|among them|among whom)\b", RegexOptions.IgnoreCase)]
    private static partial Regex IncludingLead();

    // between two names of a list: "Spain, Italy, France and Portugal"
    [GeneratedRegex(@"^\s*(?:,|,?\s+(?:and|or))\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ListSeparator();

    /// <summary>
    /// Votes for the country the document's people come from: demonyms ("Russians", plural counts double), and
    /// countries left ("from X", "fled X"); a country people go to ("into X", "arrived in X") loses a vote.
    /// </summary>
    public static void VoteOrigin(string sentence, List<PlaceHit> hits, Dictionary<string, int> votes, int weight, bool peopleOnly = false)
    {
        bool? goingBack = null;
        foreach (var h in hits)
        {
            if (h.Entry.Kind == PlaceKind.Group) continue;
            if (h.IsDemonym)
            {
                // ("including some 5,000 Egyptians": a part of someone else's count; "ethnic Armenians" of Karabakh: a
                // people, not the country of that name)
                if (PartOrEthnicBefore().IsMatch(sentence.AsSpan(Math.Max(0, h.Start - 30), Math.Min(30, h.Start)))) continue;
                // ("of them, about 106,000 are South Sudanese returning home": a part going home is not the story's people)
                if (PartBefore().IsMatch(sentence.AsSpan(Math.Max(0, h.Start - 40), Math.Min(40, h.Start))) && HomewardAfter().IsMatch(sentence.AsSpan(h.End))) continue;
                // ("more than 600,000 Rohingya", "12,000 Sudanese": a demonym the same in the plural, counted, names people too)
                bool counted = !h.IsPlural && peopleOnly && CountBefore().IsMatch(sentence.AsSpan(Math.Max(0, h.Start - 30), Math.Min(30, h.Start)));
                if (h.Entry.Kind == PlaceKind.Country && (h.IsPlural || counted || !peopleOnly)) votes[h.Code] = votes.GetValueOrDefault(h.Code) + weight * (h.IsPlural || counted ? 2 : 1);
                continue;
            }
            if (peopleOnly) continue;
            // "Sudan Refugee Response", "Syria refugees": refugees of a country
            if (h.Entry.Kind == PlaceKind.Country && RefugeesAfter().IsMatch(sentence.AsSpan(h.End))) { votes[h.Code] = votes.GetValueOrDefault(h.Code) + weight * 2; continue; }
            var before = sentence.AsSpan(Math.Max(0, h.Start - 30), Math.Min(30, h.Start));
            // "returnees from Jordan": the country people come back from is not theirs
            // (not "a conversation from Cox's Bazar", "reporting from Lviv": where a story comes from)
            if (FromBefore().IsMatch(before) && !StoryFrom().IsMatch(before))
            { if (!(goingBack ??= GoingBack().IsMatch(sentence))) votes[h.Code] = votes.GetValueOrDefault(h.Code) + weight * 2; }
            else if (Directional().IsMatch(before) && votes.ContainsKey(h.Code)) votes[h.Code] -= weight;
        }
    }

    // "Most boats sailed from the camps around Cox's Bazar in Bangladesh": where the story's people set out from
    [GeneratedRegex(@"\b(?:sailed|set sail|set out|set off|departed|embarked|boats?\s+(?:that\s+)?left|left by (?:boat|sea))\b[^.;]{0,40}?\bfrom\s+(?:the\s+)?(?:[\p{L}'’]+\s+){0,5}?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex SetOutFrom();

    /// <summary>Votes for the country the document's people go to: a place named after a word of direction ("into
    /// Bangladesh", "arrived in Teknaf"), read over the whole document before any figure.</summary>
    public static void VoteHost(string sentence, List<PlaceHit> hits, Dictionary<string, int> votes, int weight)
    {
        foreach (var h in hits)
        {
            // (a town, a crossing or a region counts for its country: "arrived in Teknaf")
            if (h.IsDemonym || h.Entry.Kind == PlaceKind.Group) continue;
            var before = sentence.AsSpan(Math.Max(0, h.Start - 30), Math.Min(30, h.Start));
            if (Directional().IsMatch(before) && !WarContext().IsMatch(before)) votes[h.Code] = votes.GetValueOrDefault(h.Code) + weight;
        }
    }

    /// <summary>
    /// Notes the country the story's people set out from by boat or on foot when it is not their own ("Rohingya boats
    /// sailed from Cox's Bazar in Bangladesh"): ANNOTATION.md's origin is the country people leave.
    /// </summary>
    public static void NoteDeparturePoint(DocumentContext doc, string sentence, List<PlaceHit> hits)
    {
        if (doc.DeparturePoint is not null || doc.Origin is null || !sentence.Contains("from", StringComparison.OrdinalIgnoreCase)) return;
        foreach (var h in hits)
        {
            if (h.IsDemonym || h.Code == doc.Origin || h.Entry.Kind == PlaceKind.Group) continue;
            if (SetOutFrom().IsMatch(sentence.AsSpan(Math.Max(0, h.Start - 90), Math.Min(90, h.Start)))) { doc.DeparturePoint = h.Code; return; }
        }
    }

    /// <summary>
    /// After each sentence: the last country it names that is not the people's origin becomes the paragraph's
    /// country of reference ("Uganda has become the main refuge. More than 900,000 have found shelter there").
    /// </summary>
    public static void NoteMentions(DocumentContext doc, string sentence, List<PlaceHit> hits)
    {
        for (int i = hits.Count - 1; i >= 0; i--)
        {
            var h = hits[i];
            if (h.IsDemonym || h.Entry.Kind != PlaceKind.Country || h.Code == (doc.BlockOrigin ?? doc.Origin)) continue;
            var before = sentence.AsSpan(Math.Max(0, h.Start - 40), Math.Min(40, h.Start));
            // the sentence's subject ("Uganda has become the main refuge") or a place people go to
            bool subject = sentence.AsSpan(0, h.Start).Trim().Length == 0;
            bool goneTo = Directional().IsMatch(before[Math.Max(0, before.Length - 30)..]) && !WarContext().IsMatch(before);
            // ... or the country that sends people back ('the Dominican Republic "has thrown out ..."')
            if (!subject && !goneTo && !SenderAfter().IsMatch(sentence.AsSpan(h.End))) continue;
            // one of a list, "A, B and C": no one country of reference
            if (i > 0 && ListSeparator().IsMatch(sentence.AsSpan(hits[i - 1].End, Math.Max(0, h.Start - hits[i - 1].End)))) continue;
            if (i + 1 < hits.Count && ListSeparator().IsMatch(sentence.AsSpan(h.End, Math.Max(0, hits[i + 1].Start - h.End)))) continue;
            doc.BlockMention = h.Code;
            doc.HostCountry ??= h.Code;
            return;
        }
    }

    /// <summary>"15,000 were Lebanese and 25,000 were Syrians": a demonym between the previous figure and this one names the
    /// previous figure's people when this figure names its own after it.</summary>
    private static bool PreviousFiguresPeople(SentenceContext sc, PlaceHit p, Figure f, int index, int lo, int hi) =>
        index > 0 && p.End <= f.Start && p.Start >= lo && f.Start - p.End > 1 && !BracketAfter(sc.Sentence.Text, p.End, f.Start)
        && sc.Places.Any(q => q.IsDemonym && q.Entry.Kind == PlaceKind.Country && q.Start >= f.End && q.End <= hi && q.Start - f.End <= 30);

    /// <summary>"Haitians (a little over 38,000)", "Chinese nationals (about 15,000)": the figure in brackets after the people.</summary>
    private static bool BracketAfter(string s, int placeEnd, int figureStart)
    {
        var between = s.AsSpan(placeEnd, figureStart - placeEnd);
        int open = between.LastIndexOf('(');
        return open >= 0 && between[(open + 1)..].Trim().Length == 0 && between[..open].Trim().Length <= 12;
    }

    /// <summary>For "Chad, Egypt and Ethiopia, which took in 40,000, 25,000 and 9,000 ... respectively": figure i -> country i.</summary>
    public static Dictionary<int, string>? RespectivelyMap(SentenceContext sc)
    {
        var countries = sc.Places.Where(p => !p.IsDemonym && p.Entry.Kind == PlaceKind.Country).ToList();
        var firstFigure = sc.Figures.Count > 0 ? sc.Figures[0].Start : 0;
        var before = countries.Where(c => c.End <= firstFigure).ToList();
        if (before.Count < sc.Figures.Count || sc.Figures.Count < 2) return null;
        before = before.Skip(before.Count - sc.Figures.Count).ToList();
        return Enumerable.Range(0, sc.Figures.Count).ToDictionary(i => i, i => before[i].Code);
    }

    public (string? Origin, string? Destination, string? Place) Resolve(
        DocumentContext doc, SentenceContext sc, SentenceMatches memo, Figure f, int index, int lo, int hi, ref Measure measure, Dictionary<int, string>? respectively, bool continues = false)
    {
        var s = sc.Sentence.Text;
        string? origin = null;
        int originDist = int.MaxValue;
        bool originByFrom = false;
        PlaceHit? originHit = null;
        PlaceHit? fromPlace = null;
        // origin: "from X", then the people named ("Russians", "Ukrainian refugees")
        for (int j = 0; j < sc.Places.Count; j++)
        {
            var p = sc.Places[j];
            int d = p.End <= f.Start ? f.Start - p.End : Math.Max(0, p.Start - f.End);
            var countryCode = p.Entry.Kind == PlaceKind.Group ? null : p.Code;
            if (countryCode is null) continue;
            // "about 117,000 arrivals, of whom some 93,000 are South Sudanese": the people of the part are not the whole's
            // ("45k people have entered, including Ethiopian returnees": also when the part is in the figure's own stretch;
            // not "16,000 of those who crossed were Egyptian nationals", where the figure is the part)
            if (p.IsDemonym && p.Start >= f.End && (p.Start >= hi && hi < s.Length && PartLead().IsMatch(s.AsSpan(f.End, p.Start - f.End))
                || IncludingLead().IsMatch(s.AsSpan(f.End, p.Start - f.End)))) continue;
            // "from X", or "X's war" / "X's crisis": the country people leave
            bool fromX = !p.IsDemonym && (memo.Before(FromBefore(), j, p.Start, 25) || memo.After(ConflictOf(), j, p.End));
            // "From Mongolia: border officials say ...": a live blog's label says where the news comes from
            if (measure == Measure.Returns || fromX && FromLabel(s, p)) fromX = false;
            // "followed by nationals of Peru (251.005), Colombia (197.310) and Haiti (185.865)": each country of the list
            // before its bracketed figure
            if (!fromX && !p.IsDemonym && p.End <= f.Start && OpenBracketOnly().IsMatch(s.AsSpan(p.End, f.Start - p.End))
                && NationalsOfList().IsMatch(s.AsSpan(0, p.Start))) { fromX = true; d = 0; }
            if (fromX && d - 40 < originDist) { origin = countryCode; originDist = d - 40; originByFrom = true; fromPlace = p; }
            // ("ethnic Armenians" leaving Karabakh, in a story of people leaving Azerbaijan: the people's kin-state is
            // not the country they leave)
            else if (p.IsDemonym && (p.IsPlural || NextIsPeople(s, p.End)) && d < originDist && !PreviousFiguresPeople(sc, p, f, index, lo, hi)
                     && !(doc.Origin is { } storyOrigin && storyOrigin != countryCode && EthnicBefore(s, p.Start)))
            { origin = countryCode; originDist = d; originByFrom = false; originHit = p; }
        }
        // "nearly 40,000 Venezuelans coming out of the Darién jungle": a region people come out of, on the way,
        // does not outweigh the people named right after the figure
        if (originByFrom && fromPlace is { Entry.Kind: PlaceKind.Region } && sc.Places.FirstOrDefault(q => q.IsDemonym && q.IsPlural && q.Start >= f.End && q.Start - f.End <= 2) is { } people
            && people.Entry.Kind == PlaceKind.Country && people.Code != origin)
        { origin = people.Code; originByFrom = false; originHit = people; }
        // "235,000 Syrians ... crossed into Syria": the people the figure counts, named right after it
        bool peopleOfFigure = originHit is { IsPlural: true } && originHit.Code == origin && originHit.Start >= f.End && originHit.Start - f.End <= 2;
        bool originFromText = origin is not null;
        // (a count that names no people counts the people its paragraph counted first: "sent back 171,000 Haitians. ...
        // buses bringing back 1,500 people a day"; a second people named is an aside: "Another 150,000 Chadians ... have
        // come home" in a paragraph on Sudanese refugees)
        if (peopleOfFigure) doc.BlockPeople ??= origin;
        origin ??= doc.BlockPeople ?? doc.Origin;


        string? destination = null;
        string? place = null;
        bool listed = false, namedInto = false;
        if (respectively is not null && respectively.TryGetValue(index, out var r)) destination = r;
        else
        {
            int best = int.MinValue;
            PlaceHit? bestHit = null;
            int vague = -1;
            var tail = s.AsSpan(f.End, Math.Max(0, Math.Min(hi, s.Length) - f.End));
            if (tail.Contains("countries", StringComparison.OrdinalIgnoreCase) || tail.Contains("abroad", StringComparison.OrdinalIgnoreCase)
                || tail.Contains("states", StringComparison.OrdinalIgnoreCase) || tail.Contains("nations", StringComparison.OrdinalIgnoreCase))
            {
                var vm = VagueDestination().Match(s, f.End, tail.Length);
                if (vm.Success) vague = vm.Index;
            }
            // "N'DJAMENA / JUBA / ASWAN - ...": the dateline says where the story was filed, not where people went
            int datelineEnd = s.Length > 0 && char.IsUpper(s[0]) && Dateline().Match(s) is { Success: true } line ? line.Index + line.Length : 0;
            bool intoOrigin = false, bestDirectional = false;
            listed = false;
            for (int j = 0; j < sc.Places.Count; j++)
            {
                var p = sc.Places[j];
                if (p.End <= datelineEnd) continue;
                bool adjective = p.IsDemonym;
                if (p.IsDemonym)
                {
                    // "South Korean ports", "the Finnish border": an adjective naming where people arrive
                    // ("at the Finnish border": the border people reach, so only with a word of direction before it)
                    // ("the German federal police registered 109,183 arrivals": the country whose officials count them in)
                    if (p.Entry.Kind != PlaceKind.Country || !(memo.After(PlaceNounAfter(), j, p.End)
                        || BorderAfter().IsMatch(s.AsSpan(p.End)) && memo.Before(Directional(), j, p.Start, 30) && !memo.Before(FromBefore(), j, p.Start, 30)
                        || p.End <= f.Start && f.Start - p.End <= 45 && AuthorityNounAfter().IsMatch(s.AsSpan(p.End)) && CountedIn().IsMatch(s.AsSpan(p.End, f.Start - p.End)))) continue;
                    p = p with { IsDemonym = false };
                }
                bool directional = memo.Before(Directional(), j, p.Start, 30);
                bool fromX = memo.Before(FromBefore(), j, p.Start, 30) && !FromLabel(s, p);
                if (measure == Measure.Returns)
                {
                    // "returned to Russia from the EU": to X is home (the origin), from Y (or "had lived in Y") the destination
                    bool toX = memo.Before(ToBefore(), j, p.Start, 30);
                    if (toX && p.Entry.Kind != PlaceKind.Group) { origin = p.Entry.Code; continue; }
                    // "Pakistan deported 2,000 Afghans", "Iran, which has expelled Afghans for years, sent back 5,000":
                    // the country that sends people back is the one they come back from
                    bool sender = p.End <= f.Start && !p.IsDemonym && p.Entry.Kind == PlaceKind.Country && f.Start - p.End <= 80
                        && SendsBack().IsMatch(s.AsSpan(p.End, f.Start - p.End));
                    // "Pakistan's interior ministry said 250,000 Afghans had returned": the country counting them leaving
                    // ("the Dominican migration directorate says it has deported 36,800")
                    sender |= p.End <= f.Start && p.Entry.Kind == PlaceKind.Country && p.Code != origin
                        && (adjective || AuthorityAfter().IsMatch(s.AsSpan(p.End)));
                    // home is never the country people come back from
                    if (p.Entry.Code == origin) continue;
                    if (sender || fromX) directional = true;
                    if (!directional) continue;
                }
                else if (fromX || memo.After(ConflictOf(), j, p.End)) continue;
                // a country of a "nationals of Peru (251.005), Colombia (197.310)" list names people, not where they went
                if (!p.IsDemonym && s.AsSpan(p.End).TrimStart().StartsWith("(") && NationalsOfList().IsMatch(s.AsSpan(0, p.Start))) continue;
                if (p.Entry.Kind == PlaceKind.Group && memo.After(SingularCountryAfter(), j, p.End)) continue;
                if (memo.Before(WarContext(), j, p.Start, 40)) continue;
                // "the agency said in Geneva": where a statement was made
                if (memo.Before(StatementPlace(), j, p.Start, 40)) continue;
                // "fled into neighbouring countries, ... at Palanca": past a vague destination, places belong to something else
                if (vague >= 0 && p.Start > vague) continue;
                if (p.Entry.Code == origin && measure != Measure.Returns)
                {
                    // "8,000 crossed back into Syria": people going into their own country are going home
                    // (only when the origin is the document's: "ethnic Uzbeks fled into Uzbekistan" names other people)
                    // ("235,000 Syrians and 82,000 Lebanese crossed into Syria": both counts share the verb)
                    if (directional && p.Entry.Kind == PlaceKind.Country && p.Start >= lo && (p.End <= hi || SharesVerbWithNext(sc, s, index)) && p.Start > f.End)
                    {
                        namedInto = true;
                        // (people named in the sentence go home only "into"/"back to" it: "violence in Myanmar" is no way home)
                        if (!originFromText || (origin == doc.Origin || peopleOfFigure) && memo.Before(ToBefore(), j, p.Start, 30)) intoOrigin = true;
                    }
                    continue;
                }
                bool before = p.End <= f.Start;
                int dist = before ? f.Start - p.End : p.Start - f.End;
                if (!before && p.Start < f.End) dist = 0;
                int score = 200 - Math.Min(dist, 200);
                bool local = p.Start >= lo && p.End <= hi;
                if (local) score += 60;
                else if (!before && index + 1 < sc.Figures.Count && !OfWholeNext(sc, s, index)) score -= 150; // beyond the next figure
                if (before && ReceiveAfter().IsMatch(s.AsSpan(p.End, f.Start - p.End))) score += 60; // "Uganda received ... 7,500"
                if (directional) score += 50;
                bool possessive = s.Length > p.End + 1 && (s[p.End] == '\'' || s[p.End] == '’');
                // "Burundi's interior minister said ...": the country whose officials count is no mere possessor
                if (possessive && !before) score -= 40;
                else if (possessive && !AuthorityAfter().IsMatch(s.AsSpan(p.End))) score -= 40;
                // a table row: "Moldova 96,400" (one country labels a row: "not just Chad and Egypt: 15,000 ..." is no label)
                if (before && dist <= 3 && ListLength(sc, s, p) < 2) score += 50;
                if (before && directional && index > 0 && p.Start >= sc.Figures[index - 1].End) score -= 120; // "...crossed into Chad and 12,000 went to Egypt": the place after belongs to the next figure
                if (!before && !directional && index + 1 < sc.Figures.Count && p.End <= sc.Figures[index + 1].Start
                    && sc.Figures[index + 1].Start - p.End <= 3) score -= 120; // belongs to the next figure
                if (!before && !directional) score -= 30;
                if (p.Entry.IsInsideCountry) score -= 5;
                // other people: "20,000 remained in the country while others went on to Argentina"
                if (!before && OtherPeople().IsMatch(s.AsSpan(f.End, Math.Max(0, p.Start - f.End)))) score -= 300;
                // "Most moved on to Romania, and only about 104,000 remain": the place belongs to the people of another clause
                if (before && OtherGroupClause(s, p, f)) score -= 300;
                // "The rest went on into the EU: police said 84,600 had crossed into Romania": a statement before a colon is
                // not the count's (a label is: "Uganda: 41,000")
                if (before && ColonClauseBetween(s, p.End, f.Start)) score -= 100;
                // an apposition about the event: "have fled Syria, the largest exodus in the Middle East in decades"
                // (unless people go "to"/"into" the place inside it: ", a record number crossing into Greece")
                if (!before && Apposition().IsMatch(s.AsSpan(f.End, p.Start - f.End)) && !memo.Before(ToBefore(), j, p.Start, 30)) score -= 300;
                // "Over 660,000 flee Ukraine as queues grow at Polish border", "... crossed out of Sudan, and the pace of
                // arrivals in Chad has risen": past the country left, a clause of its own names no destination
                if (!before && originByFrom && !memo.Before(ToBefore(), j, p.Start, 30) && NewClause().IsMatch(s.AsSpan(f.End, Math.Max(0, p.Start - f.End)))) score -= 300;
                // another clause: "Nearly 80,000 have fled Burundi; Tanzania has taken in the most"
                if (s.AsSpan(Math.Min(p.End, f.End), Math.Max(0, Math.Max(p.Start, f.Start) - Math.Min(p.End, f.End))).Contains(';')) score -= 150;
                if (score > best) { best = score; bestHit = p; bestDirectional = p.Entry.Kind != PlaceKind.City || TownOfFigure(s, f, p, lo, hi, memo, j); }
            }
            // "moved on, mostly to Spain, Italy, France and Portugal": spread over several countries, none is the destination
            if (bestHit is not null && best > 60 && ListLength(sc, s, bestHit) >= 2) { bestHit = null; listed = true; }
            if (bestHit is not null && best > 60)
            {
                destination = bestHit.Entry.Code;
                // "Chaman, in Balochistan", "the Chaman crossing in Balochistan": the crossing or town, not the region it is in
                if (bestHit.Entry.Kind == PlaceKind.Region && sc.Places.LastOrDefault(q => q.End <= bestHit.Start && !q.IsDemonym && q.Code == bestHit.Code
                        && q.Entry.Kind is PlaceKind.Crossing or PlaceKind.City && InRegionBetween().IsMatch(s.AsSpan(q.End, bestHit.Start - q.End))) is { } within)
                    bestHit = within;
                if (bestHit.Entry.IsInsideCountry && (bestHit.Entry.Kind != PlaceKind.City || bestDirectional)) place = PlaceName(bestHit, s);
            }
            if (intoOrigin && measure is Measure.Arrivals or Measure.Departures)
            {
                measure = Measure.Returns;
                // "Turkish border officials say 41,000 Syrians ... crossed into Syria": the country whose officials count
                // them is the one they come back from
                if (destination is null && sc.Places.LastOrDefault(p => p.End <= f.Start && p.Entry.Kind == PlaceKind.Country && p.Code != origin
                    && (p.IsDemonym ? AuthorityNounAfter().IsMatch(s.AsSpan(p.End)) : AuthorityAfter().IsMatch(s.AsSpan(p.End)))) is { } counter)
                    destination = counter.Code;
            }
        }
        // "53,132 Russians entered Georgia ..., while 21,470 left the country": the country just entered is the one left
        if (measure is Measure.Arrivals or Measure.Departures && index > 0 && LeftTheCountry().IsMatch(s.AsSpan(f.End, Math.Max(0, Math.Min(hi, s.Length) - f.End)))
            && EnteredBefore(sc, memo, f, index) is { } entered && entered.Code != origin)
        {
            measure = Measure.Departures;
            (origin, destination, place) = (entered.Code, null, null);
        }
        // "213,000 have crossed from Poland into Ukraine" in a story of Ukrainians: going home from where they had fled to
        if (measure == Measure.Arrivals && originByFrom && doc.Origin is { } home && destination == home && origin != home && origin is not null)
        {
            measure = Measure.Returns;
            (origin, destination, place) = (home, origin, null);
        }
        // people going home come back from the country the text is about ("crossed back into Colombia", after Ecuador's counts)
        if (destination is null && measure == Measure.Returns && (doc.ContextCountry ?? doc.HostCountry) is { } host && host != origin && !memo.Any(Abroad()))
            destination = host;
        if (destination is null)
        {
            foreach (var (code, rx) in cues.ImpliedDestinations)
                if (memo.Any(rx)) destination = code;
        }
        // a sentence that continues the previous one's count takes its country ("Nearly 300 arrived on Wednesday");
        // papers and asylum are always held in some country, so those counts take it without a cue word
        if (destination is null && !listed && !namedInto && measure is Measure.Arrivals or Measure.Residents or Measure.Asylum
            && !sc.Places.Any(p => !p.IsDemonym && p.Entry.Kind is PlaceKind.Country or PlaceKind.Group && p.Code != origin && p.Start >= lo && p.End <= hi && !OtherClause(s, f, p) && !OtherGroupClause(s, p, f))
            && (measure is Measure.Residents or Measure.Asylum || memo.Any(ContinuesCount()) || PartOfPrevious().IsMatch(s) || continues))
            destination = doc.ContextCountry;
        // people who set out from a country not their own leave that country ("1,000 Rohingya landed in Aceh", the boats
        // having sailed from Bangladesh), unless the sentence says where they came from or they arrive in that country
        if (!originByFrom && doc.DeparturePoint is { } setOut && origin == doc.Origin && setOut != origin && destination is not null && destination != setOut
            && measure is Measure.Arrivals)
            origin = setOut;
        if (destination == origin) destination = null;

        // a queue reading is at the crossing the sentence names, else the last one named before
        if (measure == Measure.Queue && (place is null || !sc.Places.Any(p => !p.IsDemonym && p.Entry.Kind == PlaceKind.Crossing && PlaceName(p, s) == place)))
        {
            place = null;
            var crossing = sc.Places.FirstOrDefault(p => !p.IsDemonym && p.Entry.Kind == PlaceKind.Crossing && (destination is null || p.Code == destination));
            if (crossing is not null) { destination ??= crossing.Code; place = PlaceName(crossing, s); }
            else if (UnknownCrossing(sc) is { } named) { place = named; destination ??= doc.LastCrossing is { } lc && lc.Name == named ? lc.Code : doc.ContextCountry; }
            else if (doc.LastCrossing is { } last && (destination is null || destination == last.Code)
                     && !sc.Places.Any(p => !p.IsDemonym && p.Entry.Kind == PlaceKind.Country && p.Code != origin && p.Code != last.Code))
            { destination ??= last.Code; place = last.Name; }
        }
        // a named crossing or region inside the destination, near the figure; a town only when people go to it
        if (destination is not null && place is null)
        {
            for (int j = 0; j < sc.Places.Count && place is null; j++)
            {
                var p = sc.Places[j];
                if (p.IsDemonym || !p.Entry.IsInsideCountry || p.Code != destination || p.Start < lo - 40 || p.End > hi + 40) continue;
                if (memo.Before(SpeakersPlace(), j, p.Start, 40)) continue; // where officials speak from
                if (p.Entry.Kind == PlaceKind.City && !TownOfFigure(s, f, p, lo, hi, memo, j)) continue;
                place = PlaceName(p, s);
            }
            if (place is null && measure is Measure.Arrivals && UnknownCrossing(sc) is { } named && NamedCrossing().Match(s) is { Success: true } m && m.Index >= lo - 40 && m.Index <= hi + 40) place = named;
        }
        if (measure is Measure.Departures or Measure.Mobilized) place = null;
        // "GAMBELLA, Ethiopia —": the dateline's town is where the story was filed
        if (place is not null && Dateline().Match(s) is { Success: true } dl && place.Equals(dl.Groups["town"].Value, StringComparison.OrdinalIgnoreCase)) place = null;
        if (measure == Measure.Mobilized) destination = null;
        return (origin, destination, place);
    }

    // a crossing the gazetteer does not know: "the Agua Caliente crossing", "Kapikule border post"
    [GeneratedRegex(@"\b(?<name>\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+)?)\s+(?:border\s+)?(?:crossing|checkpoint|crossing point|border post|border gate|transit (?:centre|center|camp|site)|reception (?:centre|center))\b")]
    private static partial Regex NamedCrossing();
    private static readonly SearchValues<string> CrossingWords = SearchValues.Create(["crossing", "checkpoint", "border post", "border gate", "transit", "reception"], StringComparison.Ordinal);

    [GeneratedRegex(@"\s+(?:border\s+)?(?:crossing|checkpoint|crossing point|border post|border gate|border|transit (?:centre|center|camp|site)|reception (?:centre|center))$", RegexOptions.IgnoreCase)]
    private static partial Regex CrossingWord();

    /// <summary>
    /// The place as the text names it ("Adre" where the gazetteer says "Adré"), or the canonical name when the text uses a form
    /// of it ("Alaskan" -> "Alaska", "the Medyka checkpoint" -> "Medyka").
    /// </summary>
    internal static string PlaceName(PlaceHit p, string s)
    {
        var surface = CrossingWord().Replace(s[p.Start..p.End], "").Trim();
        var canonical = p.Entry.Name;
        if (surface.Length == 0 || Gazetteer.Key(surface).StartsWith(Gazetteer.Key(canonical), StringComparison.Ordinal) && surface.Length > canonical.Length) return canonical;
        return surface;
    }

    // another group of people or another clause between a figure and a town: ", many of them moving on to Istanbul"
    [GeneratedRegex(@"[,;](?:\[\d+\])*\s*(?:many|most|some|others|while|but|which|who|whom|where|with|and many|and most)\b|[;]", RegexOptions.IgnoreCase)]
    private static partial Regex OtherSubject();

    [GeneratedRegex(@",\s+(?:the|a|an)\s+[^,;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex Apposition();

    [GeneratedRegex(@"^\W{0,3}(?:of those|of them|of these|among them|among those)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PartOfPrevious();

    [GeneratedRegex(@"\b(?:while|whereas|but)\s+(?:others|the rest|many|most|some)\b|\bthe rest\b|\bothers\b|[,;]\s*(?:(?:more|less|fewer) than |over |about |nearly |almost |roughly |just )?(?:half|most|the majority|a third|two-thirds|a quarter|three-quarters)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OtherPeople();

    [GeneratedRegex(@"(?:^|[.;:]\s*|,\s*(?:and|but|while)?\s*)(?:most|many|others|the rest|some|the majority|a few)\b[^,;]*$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex OtherGroupLead();

    [GeneratedRegex(@"(?:,\s*(?:and|but|while|whereas)|;)\s", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBreak();

    /// <summary>A place before the figure in a clause about another part of the people ("Most moved on to Romania"),
    /// with a clause break between it and the figure.</summary>
    // a colon between a place and a figure, and a clause of three words or more between the colon and the figure
    private static bool ColonClauseBetween(string s, int from, int to)
    {
        int colon = s.AsSpan(from, to - from).LastIndexOf(':');
        return colon >= 0 && Text.Segmenter.CountWords(s.AsSpan(from + colon + 1, to - from - colon - 1)) >= 3;
    }

    private static bool OtherGroupClause(string s, PlaceHit p, Figure f) =>
        p.End < f.Start && ClauseBreak().IsMatch(s.AsSpan(p.End, f.Start - p.End)) && OtherGroupLead().IsMatch(s.AsSpan(0, p.Start));

    /// <summary>Whether a place after the figure belongs to other people or another clause ("; the rest have moved on to Germany").</summary>
    private static bool OtherClause(string s, Figure f, PlaceHit p) =>
        p.Start > f.End && (OtherPeople().IsMatch(s.AsSpan(f.End, p.Start - f.End)) || s.AsSpan(f.End, p.Start - f.End).Contains(';'));

    /// <summary>A town is the figure's place when people go to it in the figure's own clause ("entered Guatemala through Tecún Umán").</summary>
    private static bool TownOfFigure(string s, Figure f, PlaceHit p, int lo, int hi, SentenceMatches memo, int j) =>
        p.Start > f.End && p.End <= hi && memo.Before(Directional(), j, p.Start, 30) && !OtherSubject().IsMatch(s.AsSpan(f.End, p.Start - f.End));

    /// <summary>A crossing named in the sentence that the gazetteer does not list, if any.</summary>
    internal string? UnknownCrossing(SentenceContext sc)
    {
        var s = sc.Sentence.Text;
        // every match ends in one of these words: most sentences hold none and skip the pattern
        if (s.AsSpan().IndexOfAny(CrossingWords) < 0) return null;
        foreach (Match m in NamedCrossing().Matches(s))
        {
            var g = m.Groups["name"];
            if (sc.Places.Any(p => p.Start < g.Index + g.Length && p.End > g.Index)) continue; // a country, a demonym or a known place
            if (g.Index == 0 || FunctionWord().IsMatch(g.Value)) continue;
            return g.Value;
        }
        return null;
    }

    /// <summary>How many country names stand in one list with <paramref name="hit"/> ("A, B, C and D" -> 4).</summary>
    private static int ListLength(SentenceContext sc, string s, PlaceHit hit)
    {
        if (hit.Entry.Kind != PlaceKind.Country) return 1;
        var names = sc.Places.Where(p => !p.IsDemonym && p.Entry.Kind == PlaceKind.Country).OrderBy(p => p.Start).ToList();
        int i = names.FindIndex(p => p.Start == hit.Start);
        if (i < 0) return 1;
        int first = i, last = i;
        while (first > 0 && ListSeparator().IsMatch(s.AsSpan(names[first - 1].End, names[first].Start - names[first - 1].End))) first--;
        while (last + 1 < names.Count && ListSeparator().IsMatch(s.AsSpan(names[last].End, names[last + 1].Start - names[last].End))) last++;
        int length = last - first + 1;
        // two names make a list only when joined by "and"/"or" ("Austria and Germany"), not in apposition ("Peru, Lima")
        // ("for Russia, France and elsewhere": a list that an open end closes)
        if (length == 2 && !AndOr().IsMatch(s.AsSpan(names[first].End, names[last].Start - names[first].End)) && !OpenListEnd().IsMatch(s.AsSpan(names[last].End))) return 1;
        return length;
    }

    [GeneratedRegex(@"^,?\s+(?:and|or)\s+(?:elsewhere|beyond|further afield|other (?:countries|states|nations|destinations))\b", RegexOptions.IgnoreCase)]
    private static partial Regex OpenListEnd();

    [GeneratedRegex(@"^(?:\s+(?:border crossing|border|crossing|checkpoint|crossing point|camp|settlement))?,?\s+in\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex InRegionBetween();

    private bool NextIsPeople(string s, int pos)
    {
        // "Colombian-born people"
        if (s.AsSpan(pos).StartsWith("-born", StringComparison.OrdinalIgnoreCase)) pos += 5;
        var m = HeadNounReader.Token().Match(s, pos);
        return m.Success && (cues.People.Contains(m.Value) || cues.Modifiers.Contains(m.Value) && HeadNounReader.Token().Match(s, m.Index + m.Length) is { Success: true } n && cues.People.Contains(n.Value));
    }

    [GeneratedRegex("^(?:The|A|An|This|That|Its|Their|At|On|In|By|From|Near)$")]
    private static partial Regex FunctionWord();

    [GeneratedRegex(@"\b(?:and|or)\b")]
    private static partial Regex AndOr();
}
