namespace Outflow.Store.Model;

/// <summary>A claim with its document and its review history, for `show` and the API.</summary>
public sealed record ClaimDetail(StoredClaim Stored, DocumentSummary Document, string DocumentText, IReadOnlyList<Review> History)
{
    /// <summary>The paragraph that holds the claim's span, and the span's offsets inside it.</summary>
    public (string Text, int Start, int End) Context()
    {
        var text = DocumentText;
        var start = Math.Clamp(Stored.Claim.Start, 0, text.Length);
        var end = Math.Clamp(Stored.Claim.End, start, text.Length);
        var from = start == 0 ? -1 : text.LastIndexOf('\n', start - 1);
        var to = text.IndexOf('\n', end);
        var p0 = from + 1;
        var p1 = to < 0 ? text.Length : to;
        // very long paragraphs (a page without line breaks) are cut to a window around the span
        const int window = 1500;
        if (p1 - p0 > 2 * window)
        {
            p0 = Math.Max(p0, start - window);
            p1 = Math.Min(p1, end + window);
        }
        return (text[p0..p1], start - p0, end - p0);
    }
}
