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
        api.MapGet("/estimates", Estimates).CacheOutput(OutflowApp.ReadsPolicy).WithTags("Estimates").WithSummary("Estimates per series with totals and waves: a summary per series (detail=summary, the default without a destination), facts, bands and conflicts bounded per series (detail=full, the default with one) or all of them (detail=all)");
        api.MapGet("/series/{id}", Series).CacheOutput(OutflowApp.ReadsPolicy).WithTags("Estimates").WithSummary("One series with its facts, band and conflicts (bounded unless detail=all)");
        api.MapGet("/conflicts", Conflicts).CacheOutput(OutflowApp.ReadsPolicy).WithTags("Estimates").WithSummary("Every conflict, with the facts set aside and why");
        return api;
    }

    public static async Task<IResult> Estimates(HttpContext http, EstimateService estimates, RevisionCache revisions, string? origin, string? destination, string? as_of, string? detail)
    {
        if (!TryArgs(origin, destination, as_of, out var o, out var d, out var asOf, out var bad)) return bad!;
        if (!TryDetail(detail, d is null ? EstimateDetail.Summary : EstimateDetail.Full, out var view, out bad)) return bad!;
        if (await Conditional.NotModifiedAsync(http, revisions)) return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        var json = await estimates.GetJsonAsync(o, d, asOf, view, http.RequestAborted);
        return TypedResults.Bytes(json, "application/json; charset=utf-8");
    }

    public static async Task<IResult> Series(HttpContext http, string id, EstimateService estimates, RevisionCache revisions, string? as_of, string? detail)
    {
        if (id.Length > 200) return TypedResults.NotFound();
        if (!TryArgs(null, null, as_of, out _, out _, out var asOf, out var bad)) return bad!;
        if (!TryDetail(detail, EstimateDetail.Full, out var view, out bad) || view == EstimateDetail.Summary)
            return bad ?? Paging.BadRequest(new ArgumentException("detail: a series is 'full' (bounded, the default) or 'all'"));
        if (await Conditional.NotModifiedAsync(http, revisions)) return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        var origin = id.Split('.')[0];
        var report = await estimates.GetAsync(origin.Length is >= 2 and <= 20 ? origin : null, asOf, http.RequestAborted);
        return report.Series.FirstOrDefault(s => s.Id == id) is { } series
            ? TypedResults.Json(view == EstimateDetail.All ? series : CompactReport.Trim(series), EstimateJson.Options)
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

    private static bool TryDetail(string? detail, EstimateDetail fallback, out EstimateDetail view, out IResult? bad)
    {
        bad = null;
        view = fallback;
        if (string.IsNullOrEmpty(detail)) return true;
        if (string.Equals(detail, "summary", StringComparison.OrdinalIgnoreCase)) view = EstimateDetail.Summary;
        else if (string.Equals(detail, "full", StringComparison.OrdinalIgnoreCase)) view = EstimateDetail.Full;
        else if (string.Equals(detail, "all", StringComparison.OrdinalIgnoreCase)) view = EstimateDetail.All;
        else bad = Paging.BadRequest(new ArgumentException($"detail: '{detail}' is not 'summary', 'full' or 'all'"));
        return bad is null;
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
