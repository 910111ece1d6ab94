using Outflow.Store;
using Outflow.Store.Export;
using Outflow.Store.Model;
using Outflow.Web.Infrastructure;

namespace Outflow.Web.Exports;

/// <summary>/api/export: the filtered claims as a JSONL, CSV or HXL download, streamed.</summary>
public static class ExportApi
{
    public static RouteGroupBuilder MapExports(this RouteGroupBuilder api)
    {
        api.MapGet("/export", Export).WithTags("Exports").WithSummary("Claims as a JSONL, CSV or HXL (CSV with HXL hashtags) download");
        return api;
    }

    public static IResult Export(HttpContext http, IEvidenceStore store, string? format, string? origin, string? destination, string? measure,
        string? population, string? from, string? to, string? source, string? search, string? status)
    {
        ClaimQuery query;
        var f = (format ?? "csv").Trim().ToLowerInvariant();
        try
        {
            if (!ClaimExport.Formats.Contains(f)) throw new ArgumentException("format: must be jsonl, csv or hxl");
            query = ClaimQueryParser.Parse(origin, destination, measure, population, from, to, source, search, status);
        }
        catch (ArgumentException ex)
        {
            return Paging.BadRequest(ex);
        }
        var name = $"outflow-claims{(query.Origin is { } o ? "-" + o : "")}{(query.Destination is { } d ? "-" + d : "")}.{(f == "jsonl" ? "jsonl" : "csv")}";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{name}\"";
        return Results.Stream(stream => ClaimExport.WriteAsync(store, query, f, includeRejected: false, stream, http.RequestAborted),
            ClaimExport.ContentType(f) + "; charset=utf-8");
    }
}
