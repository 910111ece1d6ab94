using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Outflow.Store;
using Outflow.Store.Model;
using Outflow.Web.Infrastructure;

namespace Outflow.Web.Claims;

/// <summary>/api/claims: filtered, sorted, paged listing; one claim in context; reviews behind a token.</summary>
public static class ClaimsApi
{
    public static RouteGroupBuilder MapClaims(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/claims").WithTags("Claims");
        group.MapGet("/", List).CacheOutput(OutflowApp.ReadsPolicy).WithSummary("Claims with filters (as `outflow claims`), sorting and paging");
        group.MapGet("/{id}", Get).CacheOutput(OutflowApp.ReadsPolicy).WithSummary("One claim, its original, document context and review history");
        group.MapPost("/{id}/review", Review).WithSummary("Accept, reject or correct a claim (Authorization: Bearer TOKEN)");
        return group;
    }

    /// <summary>A page of claims; parameters are the ANNOTATION.md names.</summary>
    public static async Task<IResult> List(HttpContext http, IEvidenceStore store, RevisionCache revisions, WebOptions options,
        string? origin, string? destination, string? measure, string? population, string? from, string? to, string? source,
        string? search, string? status, string? sort, int? page, int? page_size)
    {
        ClaimQuery query;
        try
        {
            var (offset, limit) = Paging.Parse(page, page_size, options.MaxPageSize);
            query = ClaimQueryParser.Parse(origin, destination, measure, population, from, to, source, search, status)
                with { Sort = ClaimQueryParser.Sort(sort), Offset = offset, Limit = limit };
            if (await Conditional.NotModifiedAsync(http, revisions)) return TypedResults.StatusCode(StatusCodes.Status304NotModified);
            var result = await store.QueryClaimsAsync(query, http.RequestAborted);
            return TypedResults.Ok(new PageDto<ClaimDto>(result.Total, offset / limit + 1, limit, result.Items.Select(ClaimDto.Of).ToList()));
        }
        catch (ArgumentException ex)
        {
            return Paging.BadRequest(ex);
        }
    }

    public static async Task<IResult> Get(HttpContext http, string id, IEvidenceStore store, RevisionCache revisions)
    {
        if (id.Length > 64) return TypedResults.NotFound();
        if (await Conditional.NotModifiedAsync(http, revisions)) return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        return await store.GetClaimAsync(id, http.RequestAborted) is { } d ? TypedResults.Ok(ClaimDetailDto.From(d)) : NotFound(id);
    }

    public static async Task<IResult> Review(HttpContext http, string id, ReviewBody body, IEvidenceStore store, RevisionCache revisions, WebOptions options)
    {
        if (options.Token is null)
            return TypedResults.Problem(statusCode: 403, title: "Read-only server", detail: "This server is read-only: start it with a review token (OUTFLOW_TOKEN or --token) to allow reviews.");
        if (!Authorized(http, options.Token))
            return TypedResults.Problem(statusCode: 403, title: "Not allowed", detail: "A valid review token is needed: send it as Authorization: Bearer TOKEN.");
        var action = body.Action?.Trim().ToLowerInvariant() switch
        {
            "accept" => ReviewAction.Accept,
            "reject" => ReviewAction.Reject,
            "set" or "correct" => ReviewAction.Set,
            _ => (ReviewAction?)null,
        };
        if (action is null) return Paging.BadRequest(new ArgumentException("action: must be accept, reject or set"));
        try
        {
            var changes = action == ReviewAction.Set ? body.Changes ?? [] : [];
            var by = string.IsNullOrWhiteSpace(body.By) ? "web" : body.By.Trim()[..Math.Min(body.By.Trim().Length, 80)];
            var detail = await store.ReviewAsync(new ReviewRequest(id, action.Value, changes, body.Note, by), http.RequestAborted);
            revisions.Invalidate();
            return TypedResults.Ok(ClaimDetailDto.From(detail));
        }
        catch (KeyNotFoundException)
        {
            return NotFound(id);
        }
        catch (ArgumentException ex)
        {
            return Paging.BadRequest(ex);
        }
    }

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem(statusCode: 404, title: "No such claim", detail: $"No claim with id '{(id.Length > 64 ? id[..64] : id)}'.");

    private static bool Authorized(HttpContext http, string token)
    {
        var header = http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return false;
        var sent = Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim());
        return CryptographicOperations.FixedTimeEquals(SHA256.HashData(sent), SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }
}
