using Outflow.Store.Model;
using Outflow.Web.Documents;

namespace Outflow.Web.Claims;

/// <summary>One claim with the extractor's original, its document, the paragraph around it and its review history.</summary>
public sealed record ClaimDetailDto(ClaimDto Claim, ClaimDto Original, DocumentRefDto Document, ContextDto Context, IReadOnlyList<ReviewDto> History)
{
    public static ClaimDetailDto From(ClaimDetail d)
    {
        var (text, start, end) = d.Context();
        return new(
            ClaimDto.Of(d.Stored), ClaimDto.Of(d.Stored.Original, ClaimStatus.Unreviewed, d.Stored.DocumentTitle),
            new DocumentRefDto(d.Document.Doc, d.Document.Title, d.Document.Url, d.Document.Published?.ToString()),
            new ContextDto(text, start, end),
            d.History.Select(r => new ReviewDto(r.At, r.By, r.Action.ToString().ToLowerInvariant(), r.Changes, r.Note)).ToList());
    }
}

/// <summary>The paragraph holding a claim; start/end are the claim's span inside it.</summary>
public sealed record ContextDto(string Text, int Start, int End);

/// <summary>One entry of the review trail.</summary>
public sealed record ReviewDto(DateTimeOffset At, string By, string Action, IReadOnlyDictionary<string, string?> Changes, string? Note);

/// <summary>The body of POST /api/claims/{id}/review.</summary>
public sealed record ReviewBody(string? Action, Dictionary<string, string?>? Changes, string? Note, string? By);
