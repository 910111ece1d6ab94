using System.Text.RegularExpressions;
using Outflow.Extraction.Knowledge;

namespace Outflow.Extraction.Text;

/// <summary>A paragraph (or headline line) of the clean text.</summary>
/// <param name="IsHeading">True for a short line without closing punctuation (headline, section heading).</param>
/// <param name="IsFurniture">True for page furniture: teasers, reference lists, share and follow lines.</param>
public sealed record Block(int Start, int End, bool IsHeading, bool IsFurniture);

/// <summary>A sentence of a block, with offsets into the clean text.</summary>
public sealed record Sentence(int Start, int End, int BlockIndex, string Text);

/// <summary>The clean text split into blocks and sentences.</summary>
public sealed record Segmentation(IReadOnlyList<Block> Blocks, IReadOnlyList<Sentence> Sentences);

/// <summary>
/// Stage 2: splits clean text into blocks (paragraphs) and sentences, and marks page furniture
/// (lines after a "Related"/"References"/"Comments" marker, follow/share lines, reference entries).
/// </summary>
public sealed partial class Segmenter
{
    private readonly Regex _stop;
    private readonly Regex _furnitureLine;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _abbreviations;

    [GeneratedRegex(@"[.!?…]+[""”’')\]]*(?:\[[^\]\n]{1,40}\])*(?=\s+[""“‘'(\[]?[\p{Lu}\p{N}])")]
    private static partial Regex SentenceEnd();

    public Segmenter(KnowledgeBase kb)
    {
        _stop = Lexicon.BuildTest(kb.Lexicon.Phrases("furniture", "stop"), @"^\s*(?:\W{0,3})", @"\s*\W{0,3}\s*$");
        _furnitureLine = Lexicon.BuildTest(kb.Lexicon.Phrases("furniture", "line"), @"^\s*", @"\s*$");
        _abbreviations = kb.Lexicon.Phrases("abbrev", "list").Select(a => a.Replace("\\.", ".")).ToHashSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public Segmentation Segment(string text)
    {
        var blocks = new List<Block>();
        var sentences = new List<Sentence>();
        bool cut = false;
        int contentBlocks = 0, proseBlocks = 0;
        int pos = 0;
        int blockStart = -1, blockEnd = -1;

        void Flush()
        {
            if (blockStart < 0) return;
            var line = text.AsSpan(blockStart, blockEnd - blockStart);
            bool heading = IsHeadingLike(line);
            bool furniture = cut;
            // an end-of-article line ends the article only once some prose has been read: "Subscribe to ..." in a
            // page header above the headline is not the end
            if (!furniture && proseBlocks > 0 && line.Length < 80 && _stop.IsMatch(line)) { cut = true; furniture = true; }
            if (!furniture && line.Length < 400 && _furnitureLine.IsMatch(line)) furniture = true;
            if (!furniture && !heading) contentBlocks++;
            if (!furniture && !heading && (line.Length >= 100 || line.TrimEnd().EndsWith('.'))) proseBlocks++;
            else if (!furniture && heading && CountWords(line) >= 5) contentBlocks++;
            blocks.Add(new Block(blockStart, blockEnd, heading, furniture));
            if (!furniture) SplitSentences(text, blockStart, blockEnd, blocks.Count - 1, sentences);
            blockStart = -1;
        }

        while (pos <= text.Length)
        {
            int nl = text.IndexOf('\n', pos);
            int lineEnd = nl < 0 ? text.Length : nl;
            int s = pos, e = lineEnd;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (s == e) Flush();
            else if (blockStart >= 0 && ContinuesBlock(text, blockEnd, s)) blockEnd = e;
            else { Flush(); blockStart = s; blockEnd = e; }
            if (nl < 0) break;
            pos = nl + 1;
        }
        Flush();
        return new Segmentation(blocks, sentences);
    }

    // Hard-wrapped paragraphs: a line that stops mid-sentence and a next line starting in lower case.
    private static bool ContinuesBlock(string text, int prevEnd, int nextStart)
    {
        char last = text[prevEnd - 1];
        char next = text[nextStart];
        return !".!?:;\"”’)]".Contains(last) && char.IsLower(next);
    }

    private static bool IsHeadingLike(ReadOnlySpan<char> line)
    {
        var t = line.TrimEnd();
        if (t.Length == 0) return false;
        char last = t[^1];
        // a list item ("- From Iraq: nearly 8,000") is no heading, punctuated or not
        var lead = t.TrimStart();
        if (lead.Length > 2 && lead[0] is '-' or '*' or '•' or '–' && lead[1] == ' ') return false;
        return !".!?:;\"”’)]…".Contains(last) && t.Length < 200;
    }

    /// <summary>The words of a stretch of text, separated by whitespace.</summary>
    internal static int CountWords(ReadOnlySpan<char> s)
    {
        int n = 0;
        bool inWord = false;
        foreach (var c in s)
        {
            bool w = !char.IsWhiteSpace(c);
            if (w && !inWord) n++;
            inWord = w;
        }
        return n;
    }

    private void SplitSentences(string text, int start, int end, int blockIndex, List<Sentence> into)
    {
        int s = start;
        var block = text.AsSpan(start, end - start);
        foreach (var m in SentenceEnd().EnumerateMatches(block))
        {
            int stop = start + m.Index + m.Length;
            if (block[m.Index] == '.' && IsAbbreviation(block, m.Index)) continue;
            Add(text, s, stop, blockIndex, into);
            s = stop;
        }
        Add(text, s, end, blockIndex, into);
    }

    private bool IsAbbreviation(ReadOnlySpan<char> block, int dotIndex)
    {
        // the run of letters and dots ending at the full stop ([\p{L}.]+$), read backwards
        int from = dotIndex;
        while (from > 0 && (block[from - 1] == '.' || char.IsLetter(block[from - 1]))) from--;
        if (from == dotIndex) return false;
        var word = block[from..dotIndex].TrimStart('.');
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // an initial: "G. Byambasuren"
        return _abbreviations.Contains(word) || (word.Contains('.') && word.Length <= 5);
    }

    private static void Add(string text, int s, int e, int blockIndex, List<Sentence> into)
    {
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        if (e > s) into.Add(new Sentence(s, e, blockIndex, text[s..e]));
    }
}
