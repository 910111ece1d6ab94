using System.Text.RegularExpressions;
using Outflow.Core.Claims;
using Outflow.Core.Dates;
using Outflow.Extraction.Dates;
using Outflow.Extraction.Figures;
using Outflow.Extraction.Knowledge;

namespace Outflow.Extraction.Claims;

/// <summary>
/// Stage 4: decides which figures of a sentence count people crossing a border and turns each into a
/// claim: measure, origin and destination, population, period and source, all from the sentence's words
/// (with its paragraph and document as context).
/// </summary>
public sealed partial class ClaimBuilder
{
    private readonly Cues _cues;
    private readonly AttributionFinder _attribution;
    private readonly PeriodResolver _periods;

    [GeneratedRegex(@"[\p{L}][\p{L}'’\-]*|[,;:.()\[\]—–]")]
    private static partial Regex Token();

    [GeneratedRegex(@"\b(?:to|into|in|toward|towards|for|entered|entering|enter|enters|reached|reach|reaching|via|across|at|inside|welcomed in|arrived in)\s+(?:the\s+)?(?:neighbou?ring\s+|nearby\s+|neighbouring\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Directional();

    [GeneratedRegex(@"\b(?:from|out of|left|leave|leaving|leaves|fled|flee|fleeing|flees|escaped|escaping|exodus from|emigrated from)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex FromBefore();

    [GeneratedRegex(@"^\s*(?:'s|’s)?\s+(?:country|nation|state|republic)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SingularCountryAfter();

    [GeneratedRegex(@"\b(?:of whom|of which|of them|among them|including)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SubsetBefore();

    [GeneratedRegex(@"\b(?:war|wars|fight|fighting|fought|invasion|invaded|invade|conflict|battle|battlefield|front|frontline|combat|offensive|troops|army|operation|occupation|occupied|aggression|attack|attacks|annexation|annexed|sent to|serve in|die in|deployed to|mobili[sz]ed for)\s+(?:(?:in|on|of|against|into|to)\s+)?(?:the\s+)?(?:eastern\s+|southern\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex WarContext();

    [GeneratedRegex(@"^\W{0,3}\s*(?:has|have|had|also)?\s*(?:already\s+)?(?:received|welcomed|hosted|hosts|admitted|took in|taken in|registered|recorded|counted|issued|granted|saw)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReceiveAfter();

    [GeneratedRegex(@"^\s+(?:ports?|coast|coastline|islands?|airports?|territory|soil|waters|capital|cities|towns|consulates?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceNounAfter();

    [GeneratedRegex(@"\b(?:there|arrived|entered|crossed|received|in the country|into the country|to the country|the border)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ContinuesCount();

    [GeneratedRegex(@"\brespectively\b", RegexOptions.IgnoreCase)]
    private static partial Regex Respectively();

    [GeneratedRegex(@"\b(?:in|on|during)\s+(?:a|one|a single)\s+(?:day|week|month)\b|\b(?:a|one)\s+(?:day|week|month)\s+(?:after|before|earlier|later|ago|previously)\b|\b(?:last|this|next|the|that)\s+(?:day|week|month|year)\b|\bupdated\s+daily\b|\bdaily\s+(?:updates?|updated|reports?|briefings?|statistics)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotARate();

    public ClaimBuilder(KnowledgeBase kb, Cues cues)
    {
        _cues = cues;
        _attribution = new AttributionFinder(cues);
        _periods = new PeriodResolver(kb);
    }

    private static readonly bool Trace = Environment.GetEnvironmentVariable("OUTFLOW_TRACE") == "1";

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
        var memo = new SentenceMatches(s, sc.Places.Count, sc.Anchors?.Starts);
        var sentenceSource = _attribution.Find(s, memo.Starts);
        var respectively = Respectively().IsMatch(s) ? RespectivelyMap(sc) : null;

        for (int i = 0; i < figures.Count; i++)
        {
            var f = figures[i];
            int lo = i > 0 ? figures[i - 1].End : 0;
            int hi = i + 1 < figures.Count ? figures[i + 1].Start : s.Length;

            // "(19 mi)" after "30 kilometres": a conversion of the same figure
            if (i > 0 && IsConversion(s, figures[i - 1], f) && Skip(f, "conversion")) continue;

            var head = Head(s, f, sc);
            var unit = f.Unit ?? CountUnit.People;
            bool queueCue = memo.Any(_cues.Queue);
            if (head.Kind == HeadKind.NonPeople && f.Unit is null && Skip(f, "non-people noun " + head.Word)) continue;
            if (f.IsYearLike && head.Kind != HeadKind.People && Skip(f, "year")) continue;
            if (f.IsWords && !f.HasScale && f.Unit is null && f.Qualifier != Qualifier.Order && head.Kind != HeadKind.People && Skip(f, "small word number")) continue;
            if (f.Qualifier == Qualifier.Order && f.Low < 1000 && f.Unit is null && head.Kind != HeadKind.People && Skip(f, "small order")) continue;

            if (f.Unit is null && f.Value < 100 && head.Kind is HeadKind.None && Skip(f, "small number without a noun")) continue;

            Measure measure;
            if (f.Unit is CountUnit.Km or CountUnit.Hours)
            {
                if (!queueCue && Skip(f, "unit without queue")) continue;
                measure = Measure.Queue;
            }
            else if (f.Unit is CountUnit.Vehicles || head.Kind == HeadKind.Vehicle)
            {
                if (!queueCue && Skip(f, "unit without queue")) continue;
                measure = Measure.Queue;
                unit = CountUnit.Vehicles;
            }
            else
            {
                bool pastDated = sc.Dates.Any(d => d.Role is DateRole.By or DateRole.Point && (doc.Published is null || d.To.First <= doc.Published.Value));
                var m = ClassifyPeople(memo, f, respectively is null ? lo : 0, respectively is null ? hi : s.Length, head, queueCue, pastDated, out bool reject, out string why);
                // "of whom 137 had tourist visas": a part of the previous figure, counted the same way
                if (m is null && i > 0 && results.Count > 0 && SubsetBefore().IsMatch(s[lo..f.Start])) { m = results[^1].Measure; reject = false; }
                // a sentence with no cue continuing the paragraph's count ("the leaders are Germany (3,855)")
                if (m is null && why == "no cue" && doc.BlockMeasure is { } bm && bm is Measure.Asylum or Measure.Residents or Measure.Returns) { m = bm; reject = false; }
                if ((reject || m is null) && Skip(f, "classify: " + why)) continue;
                measure = m!.Value;
            }

            // places: origin and destination
            var (origin, destination, place) = Where(doc, sc, memo, f, i, lo, hi, measure, respectively);
            if (measure == Measure.Arrivals && destination is null) measure = Measure.Departures;
            if (measure == Measure.Departures && destination is not null) measure = Measure.Arrivals;

            var per = RateOf(s, f, hi, lo);
            var population = PopulationOf(s, f, hi, head);
            var (from, to) = _periods.Resolve(doc, sc, f, lo, hi, measure, origin);
            var source = _attribution.Nearest(sentenceSource, f.Start) ?? doc.BlockSource;

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
            if (destination is not null) { doc.BlockDestination = destination; doc.LastCountry = destination; }
            doc.BlockMeasure = measure;
            if (origin is not null) doc.BlockOrigin = origin;
        }
        if (sentenceSource.Count > 0) doc.BlockSource = sentenceSource[^1].Name;
        return results;
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

    /// <summary>The noun a figure counts, skipping adjectives ("743 Russian Jews", "3,350 asylum requests").</summary>
    private HeadNoun Head(string s, Figure f, SentenceContext sc)
    {
        int pos = f.End;
        var rest = s[pos..];
        if (f.Qualifier == Qualifier.Order && Regex.IsMatch(rest, @"^\s+of\s", RegexOptions.IgnoreCase))
        {
            int of = rest.IndexOf("of", StringComparison.OrdinalIgnoreCase);
            pos += of + 2;
        }
        int words = 0;
        foreach (Match t in Token().Matches(s, pos))
        {
            // only whitespace may separate the figure from its noun phrase
            if (words == 0 && s[pos..t.Index].Trim().Length > 0 && s[pos..t.Index].Trim() is not ("-" or "–")) return new HeadNoun(HeadKind.None, "", pos);
            var w = t.Value;
            if (!char.IsLetter(w[0])) return new HeadNoun(HeadKind.None, "", t.Index);
            words++;
            // a two-word noun: "asylum seekers", "residence permits", "hotel rooms"
            var next = t.NextMatch();
            if (next.Success && char.IsLetter(next.Value[0]))
            {
                var two = w + " " + next.Value;
                if (_cues.Documents.Contains(two)) return new HeadNoun(HeadKind.Document, two, next.Index + next.Length);
                if (_cues.NonPeople.Contains(two)) return new HeadNoun(HeadKind.NonPeople, two, next.Index + next.Length);
                if (_cues.People.Contains(two)) return new HeadNoun(HeadKind.People, two, next.Index + next.Length);
            }
            var demonym = sc.Places.FirstOrDefault(p => p.Start == t.Index && p.IsDemonym);
            if (demonym is not null && demonym.IsPlural && !(next.Success && _cues.People.Contains(next.Value)))
                return new HeadNoun(HeadKind.People, w, t.Index + t.Length);
            if (_cues.Vehicles.Contains(w)) return new HeadNoun(HeadKind.Vehicle, w, t.Index + t.Length);
            if (_cues.Documents.Contains(w)) return new HeadNoun(HeadKind.Document, w, t.Index + t.Length);
            if (_cues.NonPeople.Contains(w)) return new HeadNoun(HeadKind.NonPeople, w, t.Index + t.Length);
            if (_cues.People.Contains(w)) return new HeadNoun(HeadKind.People, w, t.Index + t.Length);
            if (demonym is not null || _cues.Modifiers.Contains(w)) { if (words > 4) break; continue; }
            if (FunctionWords.Contains(w)) return new HeadNoun(HeadKind.None, w, t.Index);
            return new HeadNoun(HeadKind.Unknown, w, t.Index + t.Length);
        }
        return new HeadNoun(HeadKind.None, "", pos);
    }

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "by", "that", "to", "in", "on", "of", "for", "from", "with", "at", "and", "or", "who", "which", "had", "have", "has", "were", "was", "are", "is", "since", "last", "this", "a", "the",
    };

    private static int Distance((int Start, int End)[] matches, Figure f, int lo, int hi)
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

    private Measure? ClassifyPeople(SentenceMatches memo, Figure f, int lo, int hi, HeadNoun head, bool queueCue, bool pastDated, out bool reject, out string why)
    {
        reject = false;
        why = "";
        int exclude = Distance(memo.Of(_cues.Exclude), f, lo, hi);
        int mob = Distance(memo.Of(_cues.Mobilized), f, lo, hi);
        int asy = Distance(memo.Of(_cues.Asylum), f, lo, hi);
        int ret = Distance(memo.Of(_cues.Returns), f, lo, hi);
        int res = Distance(memo.Of(_cues.Residents), f, lo, hi);
        int mov = Distance(memo.Of(_cues.Move), f, lo, hi);
        int forecast = Distance(memo.Of(_cues.Forecast), f, lo, hi);

        if (head.Kind == HeadKind.People && head.Word.Equals("reservists", StringComparison.OrdinalIgnoreCase)) mob = Math.Min(mob, 0);
        int positive = Min(mob, asy, ret, res, mov);
        if (positive == int.MaxValue)
        {
            // no cue near the figure: fall back to the whole sentence
            int len = memo.Length;
            mob = Distance(memo.Of(_cues.Mobilized), f, 0, len);
            asy = Distance(memo.Of(_cues.Asylum), f, 0, len);
            ret = Distance(memo.Of(_cues.Returns), f, 0, len);
            res = Distance(memo.Of(_cues.Residents), f, 0, len);
            mov = Distance(memo.Of(_cues.Move), f, 0, len);
            var ex2 = Distance(memo.Of(_cues.Exclude), f, 0, len);
            exclude = Math.Min(exclude, ex2 == int.MaxValue ? ex2 : ex2 + 10);
            positive = Min(mob, asy, ret, res, mov);
            if (positive == int.MaxValue) { reject = true; why = "no cue"; return null; }
        }
        if (exclude < positive) { reject = true; why = $"exclusion cue at {exclude} before positive at {positive}"; return null; }
        if (head.Kind == HeadKind.Unknown && positive > 80) { reject = true; why = $"unknown head {head.Word}, cue far"; return null; }

        // the call-up size is the one plan that counts
        if (mob <= positive) return Measure.Mobilized;
        if (forecast < int.MaxValue && forecast <= positive + 30 && forecast < 60 && !pastDated) { reject = true; why = "forecast"; return null; }
        if (queueCue && Distance(memo.Of(_cues.QueuePeople), f, lo, hi) < 25) return Measure.Queue;
        if (asy < int.MaxValue && (asy <= mov + 40 || asy <= 50 || head.Kind == HeadKind.Document)) return Measure.Asylum;
        if (res < int.MaxValue && res <= 50 && res < ret) return Measure.Residents;
        if (ret < int.MaxValue && ret <= mov) return Measure.Returns;
        if (res < int.MaxValue && (res <= mov || head.Kind == HeadKind.Document)) return Measure.Residents;
        if (head.Kind == HeadKind.Document) return Measure.Residents;
        return Measure.Arrivals; // becomes departures when no destination is named
    }

    private static int Min(params int[] xs) => xs.Min();

    private Rate? RateOf(string s, Figure f, int hi, int lo)
    {
        var after = s[f.End..Math.Min(hi, Math.Min(s.Length, f.End + 90))];
        var before = s[Math.Max(lo, f.Start - 30)..f.Start];
        foreach (var (rate, rx) in _cues.Rates)
        {
            foreach (var (index, length) in rx.Matches(after))
            {
                var value = after.AsSpan(index, length);
                var ctx = after.AsSpan()[Math.Max(0, index - 12)..Math.Min(after.Length, index + length + 12)];
                if (NotARate().IsMatch(ctx) && !value.Contains("every", StringComparison.OrdinalIgnoreCase) && !value.StartsWith("per", StringComparison.OrdinalIgnoreCase)) continue;
                return rate;
            }
            if (rx.TryMatch(before, 0, out int bi, out int bl) && before.AsSpan(bi, bl).Equals("daily", StringComparison.OrdinalIgnoreCase)) return rate;
        }
        return null;
    }

    private Population PopulationOf(string s, Figure f, int hi, HeadNoun head)
    {
        int end = Math.Min(hi, s.Length);
        var window = s[f.End..end];
        int cut = window.IndexOfAny([',', ';', '.', '(']);
        if (cut >= 0 && f.End + cut >= head.End) window = window[..cut];
        var words = window.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 12) window = string.Join(' ', words.Take(12));
        foreach (var (pop, rx) in _cues.Populations)
            if (rx.IsMatch(window)) return pop;
        return Population.General;
    }

    /// <summary>For "Armenia, Kazakhstan and Georgia, where 110,000, 80,000 and 74,000 ... respectively": figure i -> country i.</summary>
    private static Dictionary<int, string>? RespectivelyMap(SentenceContext sc)
    {
        var countries = sc.Places.Where(p => !p.IsDemonym && p.Entry.Kind == PlaceKind.Country).ToList();
        var firstFigure = sc.Figures.Count > 0 ? sc.Figures[0].Start : 0;
        var before = countries.Where(c => c.End <= firstFigure).ToList();
        if (before.Count < sc.Figures.Count || sc.Figures.Count < 2) return null;
        before = before.Skip(before.Count - sc.Figures.Count).ToList();
        return Enumerable.Range(0, sc.Figures.Count).ToDictionary(i => i, i => before[i].Code);
    }

    private (string? Origin, string? Destination, string? Place) Where(
        DocumentContext doc, SentenceContext sc, SentenceMatches memo, Figure f, int index, int lo, int hi, Measure measure, Dictionary<int, string>? respectively)
    {
        var s = sc.Sentence.Text;
        string? origin = null;
        int originDist = int.MaxValue;
        // origin: "from X", then the people named ("Russians", "Ukrainian refugees")
        for (int j = 0; j < sc.Places.Count; j++)
        {
            var p = sc.Places[j];
            int d = p.End <= f.Start ? f.Start - p.End : Math.Max(0, p.Start - f.End);
            var countryCode = p.Entry.Kind == PlaceKind.Group ? null : p.Code;
            if (countryCode is null) continue;
            bool fromX = !p.IsDemonym && memo.Before(FromBefore(), j, p.Start, 25);
            if (measure == Measure.Returns) fromX = false;
            if (fromX && d - 40 < originDist) { origin = countryCode; originDist = d - 40; }
            else if (p.IsDemonym && (p.IsPlural || NextIsPeople(s, p.End)) && d < originDist) { origin = countryCode; originDist = d; }
        }
        origin ??= doc.Origin;

        string? destination = null;
        string? place = null;
        if (respectively is not null && respectively.TryGetValue(index, out var r)) destination = r;
        else
        {
            int best = int.MinValue;
            PlaceHit? bestHit = null;
            for (int j = 0; j < sc.Places.Count; j++)
            {
                var p = sc.Places[j];
                if (p.IsDemonym)
                {
                    // "South Korean ports", "the Finnish border": an adjective naming where people arrive
                    if (p.Entry.Kind != PlaceKind.Country || !memo.After(PlaceNounAfter(), j, p.End)) continue;
                    p = p with { IsDemonym = false };
                }
                bool directional = memo.Before(Directional(), j, p.Start, 30);
                bool fromX = memo.Before(FromBefore(), j, p.Start, 30);
                if (measure == Measure.Returns)
                {
                    // "returned to Russia from the EU": to X is home (the origin), from Y is the destination
                    if (directional && p.Entry.Kind != PlaceKind.Group) { origin = p.Entry.Code; continue; }
                    if (!fromX) continue;
                }
                else if (fromX) continue;
                if (p.Entry.Kind == PlaceKind.Group && memo.After(SingularCountryAfter(), j, p.End)) continue;
                if (memo.Before(WarContext(), j, p.Start, 40)) continue;
                if (p.Entry.Code == origin && measure != Measure.Returns) continue;
                bool before = p.End <= f.Start;
                int dist = before ? f.Start - p.End : p.Start - f.End;
                if (!before && p.Start < f.End) dist = 0;
                int score = 200 - Math.Min(dist, 200);
                bool local = p.Start >= lo && p.End <= hi;
                if (local) score += 60;
                else if (!before && index + 1 < sc.Figures.Count) score -= 150; // beyond the next figure
                if (before && ReceiveAfter().IsMatch(s.AsSpan(p.End, f.Start - p.End))) score += 60; // "Argentina received ... 5,000"
                if (directional) score += 50;
                bool possessive = s.Length > p.End + 1 && (s[p.End] == '\'' || s[p.End] == '’');
                if (possessive) score -= 40;
                if (before && dist <= 3) score += 50; // "Slovakia 128,000"
                if (before && directional && index > 0 && p.Start >= sc.Figures[index - 1].End) score -= 120; // "...fled to Georgia and 50,000 went to Armenia"
                if (!before && !directional && index + 1 < sc.Figures.Count && p.End <= sc.Figures[index + 1].Start
                    && sc.Figures[index + 1].Start - p.End <= 3) score -= 120; // belongs to the next figure
                if (!before && !directional) score -= 30;
                if (p.Entry.IsInsideCountry) score -= 5;
                if (score > best) { best = score; bestHit = p; }
            }
            if (bestHit is not null && best > 60)
            {
                destination = bestHit.Entry.Code;
                if (bestHit.Entry.IsInsideCountry && bestHit.Entry.Kind != PlaceKind.City) place = bestHit.Entry.Name;
            }
        }
        if (destination is null)
        {
            foreach (var (code, rx) in _cues.ImpliedDestinations)
                if (memo.Any(rx)) destination = code;
        }
        // a sentence that continues the previous one's count takes its country ("Nearly 300 arrived on Wednesday")
        if (destination is null && measure is Measure.Arrivals or Measure.Residents or Measure.Asylum
            && !sc.Places.Any(p => !p.IsDemonym && p.Entry.Kind == PlaceKind.Country && p.Code != origin)
            && memo.Any(ContinuesCount()))
            destination = doc.BlockDestination ?? doc.LastCountry;
        if (destination == origin && measure != Measure.Returns) destination = null;

        // a named crossing or region inside the destination, near the figure
        if (destination is not null && place is null)
        {
            var near = sc.Places.Where(p => !p.IsDemonym && p.Entry.IsInsideCountry && p.Entry.Kind != PlaceKind.City && p.Code == destination
                                            && p.Start >= lo - 40 && p.End <= hi + 40).FirstOrDefault();
            place = near?.Entry.Name;
        }
        if (measure is Measure.Departures or Measure.Mobilized) place = null;
        if (measure == Measure.Mobilized) destination = null;
        return (origin, destination, place);
    }

    private bool NextIsPeople(string s, int pos)
    {
        var m = Token().Match(s, pos);
        return m.Success && (_cues.People.Contains(m.Value) || _cues.Modifiers.Contains(m.Value) && Token().Match(s, m.Index + m.Length) is { Success: true } n && _cues.People.Contains(n.Value));
    }
}
