using Outflow.Core.Dates;
using Outflow.Estimation.Report;
using Outflow.Store.Model;
using Outflow.Web.Infrastructure;

namespace Outflow.Web.Estimates;

/// <summary>/api/estimates, /api/series/{id}, /api/conflicts: reconciled figures with bands and named conflicts.</summary>
public static class EstimatesApi
{
    /// <summary>A conflict with where it is.</summary>
    public sealed record ConflictDto(string SeriesId, string Origin, string? Destination, string Measure, Conflict Conflict);

    public static RouteGroupBuilder MapEstimates(this RouteGroupBuilder api)
    {
        api.MapGet("/estimates", Estimates).CacheOutput(OutflowApp.ReadsPolicy).WithTags("Estimates").WithSummary("Series, bands, estimates, totals and waves");
        api.MapGet("/series/{id}", Series).CacheOutput(OutflowApp.ReadsPolicy).WithTags("Estimates").WithSummary("One series with its facts, band and conflicts");
        api.MapGet("/conflicts", Conflicts).CacheOutput(OutflowApp.ReadsPolicy).WithTags("Estimates").WithSummary("Every conflict, with the facts set aside and why");
        return api;
    }

    public static async Task<IResult> Estimates(HttpContext http, EstimateService estimates, RevisionCache revisions, string? origin, string? destination, string? as_of)
    {
        if (!TryArgs(origin, destination, as_of, out var o, out var d, out var asOf, out var bad)) return bad!;
        if (await Conditional.NotModifiedAsync(http, revisions)) return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        var json = await estimates.GetJsonAsync(o, d, asOf, http.RequestAborted);
        return TypedResults.Bytes(json, "application/json; charset=utf-8");
    }

    public static async Task<IResult> Series(HttpContext http, string id, EstimateService estimates, RevisionCache revisions)
    {
        if (id.Length > 200) return TypedResults.NotFound();
        if (await Conditional.NotModifiedAsync(http, revisions)) return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        var origin = id.Split('.')[0];
        var report = await estimates.GetAsync(origin.Length is >= 2 and <= 20 ? origin : null, null, null, http.RequestAborted);
        return report.Series.FirstOrDefault(s => s.Id == id) is { } series
            ? TypedResults.Json(series, EstimateJson.Options)
            : TypedResults.Problem(statusCode: 404, title: "No such series", detail: $"No series with id '{id}'.");
    }

    public static async Task<IResult> Conflicts(HttpContext http, EstimateService estimates, RevisionCache revisions, string? origin, string? destination)
    {
        if (!TryArgs(origin, destination, null, out var o, out var d, out _, out var bad)) return bad!;
        if (await Conditional.NotModifiedAsync(http, revisions)) return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        var report = await estimates.GetAsync(o, d, null, http.RequestAborted);
        var list = report.Series.SelectMany(s => s.Conflicts.Select(c => new ConflictDto(s.Id, s.Origin, s.Destination, Outflow.Core.Claims.EnumNames.Name(s.Measure), c))).Take(1000).ToList();
        return TypedResults.Json(list, EstimateJson.Options);
    }

    private static bool TryArgs(string? origin, string? destination, string? asOf, out string? o, out string? d, out DateOnly? date, out IResult? bad)
    {
        date = null;
        bad = null;
        d = null;
        // a parameter that is given must be a code: a blank one is refused too
        if (!ClaimQueryParser.TryCode(origin, out o) || (origin is not null && o is null)) bad = Paging.BadRequest(new ArgumentException($"origin: '{origin}' is not a country code"));
        else if (!ClaimQueryParser.TryCode(destination, out d) || (destination is not null && d is null)) bad = Paging.BadRequest(new ArgumentException($"destination: '{destination}' is not a country or group code"));
        else if (!string.IsNullOrWhiteSpace(asOf))
        {
            if (PartialDate.TryParse(asOf, out var p)) date = p.Last;
            else bad = Paging.BadRequest(new ArgumentException($"as_of: '{asOf}' is not a date (YYYY-MM-DD)"));
        }
        return bad is null;
    }
}
