using Outflow.Store;
using Outflow.Store.Model;
using Outflow.Web.Infrastructure;

namespace Outflow.Web.Documents;

/// <summary>/api/documents: listing and one document's clean text with its claims' spans.</summary>
public static class DocumentsApi
{
    /// <summary>A document in a listing.</summary>
    public sealed record DocumentSummaryDto(string Doc, string? Title, string? Url, string? Published, int Claims);

    /// <summary>A claim's span in its document.</summary>
    public sealed record SpanDto(string Id, int Start, int End, string Text, string Measure, string Status);

    /// <summary>A document with its text.</summary>
    public sealed record DocumentDto(string Doc, string? Title, string? Url, string? Published, string Text, IReadOnlyList<SpanDto> Claims);

    public static RouteGroupBuilder MapDocuments(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/documents").WithTags("Documents");
        group.MapGet("/", List).CacheOutput(OutflowApp.ReadsPolicy).WithSummary("Stored documents, newest first");
        group.MapGet("/{doc}", Get).CacheOutput(OutflowApp.ReadsPolicy).WithSummary("One document's clean text and its claims' spans");
        return group;
    }

    public static async Task<IResult> List(HttpContext http, IEvidenceStore store, RevisionCache revisions, WebOptions options, string? search, int? page, int? page_size)
    {
        try
        {
            var (offset, limit) = Paging.Parse(page, page_size, options.MaxPageSize);
            if (search is { Length: > 200 }) throw new ArgumentException("search: at most 200 characters");
            if (await Conditional.NotModifiedAsync(http, revisions)) return TypedResults.StatusCode(StatusCodes.Status304NotModified);
            var result = await store.ListDocumentsAsync(search, offset, limit, http.RequestAborted);
            return TypedResults.Ok(new PageDto<DocumentSummaryDto>(result.Total, offset / limit + 1, limit,
                result.Items.Select(d => new DocumentSummaryDto(d.Doc, d.Title, d.Url, d.Published?.ToString(), d.Claims)).ToList()));
        }
        catch (ArgumentException ex)
        {
            return Paging.BadRequest(ex);
        }
    }

    public static async Task<IResult> Get(HttpContext http, string doc, IEvidenceStore store, RevisionCache revisions)
    {
        if (doc.Length > 300) return TypedResults.NotFound();
        if (await Conditional.NotModifiedAsync(http, revisions)) return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        if (await store.GetDocumentAsync(doc, http.RequestAborted) is not { } d)
            return TypedResults.Problem(statusCode: 404, title: "No such document", detail: $"No document named '{doc}'.");
        var spans = new List<SpanDto>();
        await foreach (var c in store.StreamClaimsAsync(new ClaimQuery { Doc = doc }.All(), http.RequestAborted))
            spans.Add(new SpanDto(c.Claim.Id, c.Claim.Start, c.Claim.End, c.Claim.Text, Outflow.Core.Claims.EnumNames.Name(c.Claim.Measure), c.Status.ToString().ToLowerInvariant()));
        return TypedResults.Ok(new DocumentDto(d.Doc, d.Title, d.Url, d.Published?.ToString(), d.Text, spans));
    }
}
