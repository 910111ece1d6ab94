using Outflow.Extraction.Knowledge;
using Outflow.Extraction.Pipeline;
using Outflow.Store;
using Outflow.Web.Infrastructure;

namespace Outflow.Web.Health;

/// <summary>/api/health, /api/origins and /api/countries: what the dashboard needs to start.</summary>
public static class HealthApi
{
    /// <summary>The server's state.</summary>
    public sealed record HealthDto(string Status, string Backend, long Documents, long Claims, long Reviews, long Revision, bool ReadOnly, string ExtractorVersion);

    /// <summary>An origin with claims.</summary>
    public sealed record OriginDto(string Code, string Name, long Claims);

    /// <summary>A gazetteer country or group; numeric is the ISO 3166-1 numeric code the world map uses.</summary>
    public sealed record CountryDto(string Code, string Name, string? Numeric, string Kind, IReadOnlyList<string> Members);

    public static RouteGroupBuilder MapHealth(this RouteGroupBuilder api)
    {
        api.MapGet("/health", Health).WithTags("Health").WithSummary("Store backend, sizes, read-only or not");
        api.MapGet("/origins", Origins).CacheOutput(OutflowApp.ReadsPolicy).WithTags("Health").WithSummary("Origins that have claims");
        api.MapGet("/countries", Countries).WithTags("Health").WithSummary("Every country and group the gazetteer knows");
        return api;
    }

    public static async Task<IResult> Health(IEvidenceStore store, RevisionCache revisions, WebOptions options, CancellationToken ct)
    {
        var c = await revisions.CountsAsync(ct);
        return TypedResults.Ok(new HealthDto("ok", store.Backend, c.Documents, c.Claims, c.Reviews, c.Revision, options.Token is null, ClaimExtractor.Version));
    }

    public static async Task<IResult> Origins(HttpContext http, IEvidenceStore store, RevisionCache revisions)
    {
        if (await Conditional.NotModifiedAsync(http, revisions)) return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        var list = await store.OriginsAsync(http.RequestAborted);
        return TypedResults.Ok(list.Select(o => new OriginDto(o.Origin, CountryCatalog.NameOf(o.Origin), o.Claims)).ToList());
    }

    public static IResult Countries(HttpContext http)
    {
        http.Response.Headers.CacheControl = "public, max-age=3600";
        return TypedResults.Ok(CountryCatalog.Entries.Select(c => new CountryDto(c.Code, c.Name, c.Numeric, c.IsGroup ? "group" : "country", c.Members)).ToList());
    }
}
