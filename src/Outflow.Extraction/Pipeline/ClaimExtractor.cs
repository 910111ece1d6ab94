using Outflow.Core.Claims;
using Outflow.Core.Dates;
using Outflow.Extraction.Claims;
using Outflow.Extraction.Dates;
using Outflow.Extraction.Figures;
using Outflow.Extraction.Knowledge;
using Outflow.Extraction.Places;
using Outflow.Extraction.Text;

namespace Outflow.Extraction.Pipeline;

/// <summary>
/// The extraction pipeline: clean text -> blocks and sentences -> dates, places and figures -> claims.
/// One instance is thread-safe to reuse; knowledge is loaded once.
/// </summary>
public sealed partial class ClaimExtractor
{
    /// <summary>Version of the extraction rules; stored with claims so a newer extractor can re-run.</summary>
    public const string Version = "0.1.0";

    private static readonly bool Trace = Environment.GetEnvironmentVariable("OUTFLOW_TRACE") == "1";

    private readonly KnowledgeBase _kb;
    private readonly Segmenter _segmenter;
    private readonly DateExtractor _dates = new();
    private readonly FigureExtractor _figures;
    private readonly ClaimBuilder _builder;
    private readonly PeriodResolver _periods;

    public ClaimExtractor(KnowledgeBase? kb = null)
    {
        _kb = kb ?? KnowledgeBase.Default;
        _segmenter = new Segmenter(_kb);
        _figures = new FigureExtractor(_kb);
        var cues = new Cues(_kb);
        _builder = new ClaimBuilder(_kb, cues);
        _periods = new PeriodResolver(_kb);
    }

    public KnowledgeBase Knowledge => _kb;

    /// <summary>Extracts every claim of one document, in text order.</summary>
    public List<Claim> Extract(TextDocument document)
    {
        var text = document.Text;
        long t = StageClock.Start();
        var seg = _segmenter.Segment(text);
        StageClock.Stop(StageClock.Stage.Segment, t);
        t = StageClock.Start();
        var published = document.Published?.IsFullDate == true ? document.Published.Value.First : (DateOnly?)null;
        published ??= FindPublished(text, seg);
        StageClock.Stop(StageClock.Stage.Published, t);
        t = StageClock.Start();

        // first pass: places in every sentence, to know whose exodus the document is about
        var places = new List<PlaceHit>[seg.Sentences.Count];
        var anchors = new SentenceAnchors[seg.Sentences.Count];
        var originVotes = new Dictionary<string, int>();
        var hostVotes = new Dictionary<string, int>();
        if (document.Title is { } title) PlaceResolver.VoteOrigin(title, _kb.Gazetteer.Find(title), originVotes, 3);
        // the same votes by section (a heading starts one), for digests and live blogs that turn to other people
        var sectionOf = new int[seg.Sentences.Count];
        var sectionVotes = new List<Dictionary<string, int>> { new() };
        int lastBlock = -1;
        for (int i = 0; i < seg.Sentences.Count; i++)
        {
            places[i] = _kb.Gazetteer.Find(seg.Sentences[i].Text);
            // (a table row looks like a heading, unpunctuated, but starts no section)
            bool heading = seg.Blocks[seg.Sentences[i].BlockIndex].IsHeading && !IsTableRow(seg.Sentences[i].Text);
            if (heading && seg.Sentences[i].BlockIndex != lastBlock && sectionVotes[^1].Count > 0) sectionVotes.Add(new());
            lastBlock = seg.Sentences[i].BlockIndex;
            sectionOf[i] = sectionVotes.Count - 1;
            PlaceResolver.VoteOrigin(seg.Sentences[i].Text, places[i], originVotes, heading ? 3 : 1);
            PlaceResolver.VoteHost(seg.Sentences[i].Text, places[i], hostVotes, heading ? 3 : 1);
            // (a section's own people are the people it names: "Haitians", not a country left)
            PlaceResolver.VoteOrigin(seg.Sentences[i].Text, places[i], sectionVotes[^1], heading ? 3 : 1, peopleOnly: true);
        }
        var origin = originVotes.Count == 0 || originVotes.Values.Max() <= 0 ? null : originVotes.MaxBy(kv => kv.Value).Key;
        // (only a page of several sections, each about someone: a digest, a live blog)
        bool digest = sectionVotes.Count(v => v.Count > 0) >= 3;
        var sectionOrigin = sectionVotes.Select(v => digest ? SectionOrigin(v, origin) : origin).ToArray();
        if (Trace) Console.Error.WriteLine($"trace: origin votes {string.Join(", ", originVotes.Select(kv => $"{kv.Key} {kv.Value}"))} -> {origin ?? "none"}");
        if (Trace && digest) Console.Error.WriteLine($"trace: section origins {string.Join(", ", sectionVotes.Select((v, k) => $"[{string.Join(" ", v.Select(kv => $"{kv.Key} {kv.Value}"))}] -> {sectionOrigin[k] ?? "none"}"))}");
        StageClock.Stop(StageClock.Stage.Places, t);
        t = StageClock.Start();
        var anchorVotes = new Dictionary<Anchor, int>();
        for (int i = 0; i < seg.Sentences.Count; i++)
        {
            anchors[i] = new SentenceAnchors(_kb.Anchors, seg.Sentences[i].Text);
            if (_periods.AnchorFor(anchors[i], origin) is { } a) anchorVotes[a] = anchorVotes.GetValueOrDefault(a) + 1;
        }
        StageClock.Stop(StageClock.Stage.Anchors, t);

        var ctx = new DocumentContext
        {
            Doc = document.Name,
            Text = text,
            Published = published,
            Origin = origin,
            DocumentAnchor = anchorVotes.Count == 0 ? null : anchorVotes.MaxBy(kv => kv.Value).Key,
            // (the one country people go to, when one clearly leads: two votes at least and twice any other)
            DocumentHost = hostVotes.Where(kv => kv.Key != origin).OrderByDescending(kv => kv.Value).ToList() is { Count: > 0 } hv
                && hv[0].Value >= 2 && (hv.Count == 1 || hv[0].Value >= 2 * hv[1].Value) ? hv[0].Key : null,
        };
        if (Trace) Console.Error.WriteLine($"trace: host votes {string.Join(", ", hostVotes.Select(kv => $"{kv.Key} {kv.Value}"))} -> {ctx.DocumentHost ?? "none"}");
        // where the story's people set out from, read over the whole story before any figure
        for (int i = 0; i < seg.Sentences.Count && ctx.DeparturePoint is null; i++)
            PlaceResolver.NoteDeparturePoint(ctx, seg.Sentences[i].Text, places[i]);

        var claims = new List<Claim>();
        int? contextYear = published?.Year;
        // tables: the header row (the first row after prose) and the prose sentence before it say what the rows count
        TableContext? table = null;
        IReadOnlyList<DateMention> tableDates = [];
        string? lastProse = null;
        var speakers = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (int i = 0; i < seg.Sentences.Count; i++)
        {
            var sentence = seg.Sentences[i];
            var block = seg.Blocks[sentence.BlockIndex];
            ctx.Origin = sectionOrigin[sectionOf[i]];
            if (sentence.BlockIndex != ctx.CurrentBlock)
            {
                ctx.CurrentBlock = sentence.BlockIndex;
                // "Herrera: In 2023 we registered ...": the paragraph is the speaker's word
                ctx.BlockSource = ctx.BlockSpeaker = SpeakerLabels.Speaker(text, block.Start, block.End, speakers);
                ctx.BlockDestination = null;
                ctx.BlockPeople = null;
                ctx.BlockMention = null;
                ctx.BlockMeasure = null;
                if (block.IsHeading) ctx.SectionAnchor = null;
            }
            bool candidate = ctx.SeenSentences.Add(sentence.Text) && FigureCue.MayHoldFigure(sentence.Text);
            // dates serve the figures of the sentence and, with no publication date, carry the year to the next
            // sentences (only a sentence with digits can name a year)
            t = StageClock.Start();
            var undated = new List<(int Start, int End)>();
            List<DateMention> dates = candidate || published is null && sentence.Text.AsSpan().IndexOfAnyInRange('0', '9') >= 0
                ? _dates.Find(sentence.Text, published, contextYear, undated)
                : [];
            if (published is null && DateExtractor.LastExplicitYear(dates, sentence.Text) is { } y) contextYear = y;
            StageClock.Stop(StageClock.Stage.Dates, t);

            bool pipeRow = IsTableRow(sentence.Text);
            bool row = pipeRow || IsLabelRow(sentence.Text, places[i]) || IsColumnRow(sentence.Text);
            if (!row) { table = null; tableDates = []; }
            else if (table is null && !pipeRow)
            {
                // a list of "Uganda: 41,000" lines: the sentence introducing it is its header
                table = _builder.Table(ctx, lastProse ?? "", null, []);
                tableDates = lastProse is null ? [] : _dates.Find(lastProse, published, contextYear, []).Select(d => d with { Start = 0, End = 0, Role = DateRole.By }).ToList();
            }
            else if (table is null)
            {
                table = _builder.Table(ctx, sentence.Text, lastProse, places[i]);
                // "| Country | Venezuelans (Aug 2024) |": the header's date dates every row that gives none
                tableDates = dates.Count > 0 ? dates : _dates.Find(sentence.Text, published, contextYear, []);
                // ("since 24 Feb 2022" in a header still starts the period)
                // (a column of a span, "Jan-Feb 2023", or of a period, "issued in 2022", counts over it)
                var header = sentence.Text;
                var headerDates = tableDates.Select(d => d with { Role = d.Role == DateRole.Since || d.Role == DateRole.Period && (d.From != d.To || PeriodLead(header, d.Start)) ? d.Role : DateRole.By }).ToList();
                tableDates = headerDates.Select(d => d with { Start = 0, End = 0 }).ToList();
                // each column may carry its own date: "Residents (May 2023)", "Asylum claims (end of 2022)"
                if (TableContext.GroupByColumn(sentence.Text, headerDates) is { } byColumn)
                    table = table with { ColumnDates = byColumn.Select(l => (IReadOnlyList<DateMention>)l.Select(d => d with { Start = 0, End = 0 }).ToList()).ToList() };
            }
            if (candidate)
            {
                var masked = dates.Select(d => (d.Start, d.End)).Concat(undated).ToList();
                t = StageClock.Start();
                var figures = _figures.Find(sentence.Text, masked, anchors[i].Starts);
                StageClock.Stop(StageClock.Stage.Figures, t);
                if (Trace)
                    Console.Error.WriteLine($"trace: [{string.Join(" | ", figures.Select(f => f.Text))}] in: {sentence.Text[..Math.Min(80, sentence.Text.Length)]}");
                if (figures.Count > 0)
                {
                    var sentenceDates = row && dates.Count == 0 ? tableDates : dates;
                    int before = claims.Count;
                    claims.AddRange(_builder.Build(ctx, new SentenceContext(sentence, block.IsHeading && !row, figures, sentenceDates, places[i]) { Anchors = anchors[i], Table = row ? table : null }));
                    // a row with no cue of its own counts what the row above it counted
                    // (the row's first figure: "From X: about 112,000 returnees, of whom 47,300 crossed at Y" counts returnees)
                    if (row && table is not null && claims.Count > before)
                    {
                        table = table with { Measure = claims[before].Measure };
                        // the one country the rows went to, for a total row that names none
                        foreach (var d in claims.Skip(before).Select(c => c.Destination).Where(d => d is not null).Distinct())
                            table = table.RowsMixed || (table.RowDestination is { } seen && seen != d)
                                ? table with { RowDestination = null, RowsMixed = true }
                                : table with { RowDestination = d };
                    }
                }
            }
            // (the header line of a table in aligned columns, "Region      Document holders", is no introduction)
            if (!row && !IsColumnHeader(sentence.Text)) lastProse = sentence.Text;
            if (_periods.AnchorFor(anchors[i], ctx.BlockOrigin ?? origin) is { } anchor) ctx.SectionAnchor = anchor;
            // "On 2 October, the government said it would deport ...": the day a later "since the announcement" means
            if (dates.Count > 0) PeriodResolver.NoteStoryEvent(ctx, sentence.Text, dates);
            PlaceResolver.NoteMentions(ctx, sentence.Text, places[i]);
            // "... who has spent the day at the Medyka crossing, says": a queue reading later goes with the crossing named last
            if (places[i].LastOrDefault(p => !p.IsDemonym && p.Entry.Kind == PlaceKind.Crossing) is { } crossing)
                ctx.LastCrossing = (crossing.Code, PlaceResolver.PlaceName(crossing, sentence.Text));
        }
        return claims;
    }

    /// <summary>
    /// A section's own people when it is plainly about others than the document's ("Haitians" named in a digest item
    /// after an item on Cubans, and no word of Cubans); else the document's.
    /// </summary>
    private static string? SectionOrigin(Dictionary<string, int> votes, string? documentOrigin)
    {
        if (votes.Count == 0) return documentOrigin;
        var top = votes.MaxBy(kv => kv.Value);
        return top.Key != documentOrigin && top.Value >= 2 && (documentOrigin is null || votes.GetValueOrDefault(documentOrigin) <= 0) ? top.Key : documentOrigin;
    }

    /// <summary>A line of a list of figures by place: "Uganda: 41,000", "Burundi: about 63,000 arrivals since January".</summary>
    private static bool IsLabelRow(string s, List<PlaceHit> places)
    {
        if (s.Length > 160) return false;
        int colon = s.IndexOf(':');
        if (colon < 2 || colon > 40 || s.AsSpan(0, colon).IndexOfAnyInRange('0', '9') >= 0) return false;
        var rest = s.AsSpan(colon + 1).TrimStart();
        if (rest.Length == 0 || !(char.IsAsciiDigit(rest[0]) || char.IsLower(rest[0]) || rest[0] is '~' or '≈')) return false;
        return places.Any(p => p.End <= colon && !p.IsDemonym);
    }

    /// <summary>A row of a plain-text table in aligned columns: a label, three spaces or more, a number ("Lima/Callao     611.021").</summary>
    private static bool IsColumnRow(string s) => s.Length <= 120 && ColumnRow().IsMatch(s);

    /// <summary>The header of such a table: words in two columns or more, no digits ("Region      Document holders").</summary>
    private static bool IsColumnHeader(string s) => s.Length <= 120 && s.AsSpan().IndexOfAnyInRange('0', '9') < 0 && ColumnHeader().IsMatch(s);

    // (a label may hold a parenthesis with digits, "Other (21 points)", and more number columns may follow: "Palanca   251904   51.7")
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*\p{L}(?:[^\d\n(]|\([^)\n]{0,30}\)){0,60}?\S\s{3,}\d[\d.,]*(?:[  ]\d{3})*(?:\s{3,}\d[\d.,]*%?)*\s*$")]
    private static partial System.Text.RegularExpressions.Regex ColumnRow();

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*\p{L}[^\n]{0,60}?\S\s{3,}\p{L}")]
    private static partial System.Text.RegularExpressions.Regex ColumnHeader();

    // a date of a header cell written after "in" or "during": the column counts over that period
    private static bool PeriodLead(string s, int start) =>
        s.AsSpan(start).StartsWith("in ", StringComparison.OrdinalIgnoreCase) || s.AsSpan(start).StartsWith("during ", StringComparison.OrdinalIgnoreCase);

    /// <summary>A row of a Markdown table, or of an HTML table as the cleaner writes it: "| Colombia | 2.86 million |".</summary>
    private static bool IsTableRow(string s) => s.Length > 2 && s[0] == '|' && s[^1] == '|';

    /// <summary>A publication date printed near the top of the page (a date line, a dateline).</summary>
    private DateOnly? FindPublished(string text, Segmentation seg)
    {
        foreach (var block in seg.Blocks.Take(15))
        {
            if (block.End - block.Start > 80) continue;
            // a full date of a year after 1990 needs the year's digits: most lines are skipped unread
            if (!DateExtractor.HasYearDigits(text.AsSpan(block.Start, block.End - block.Start))) continue;
            var line = text[block.Start..block.End];
            foreach (var d in _dates.FindFullDates(line))
                if (d.From.IsFullDate && d.From.Year > 1990) return d.From.First;
        }
        return null;
    }
}
