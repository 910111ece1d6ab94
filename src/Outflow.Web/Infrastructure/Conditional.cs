using Microsoft.Net.Http.Headers;

namespace Outflow.Web.Infrastructure;

/// <summary>ETag handling for reads: the tag is the store revision plus the request, so any write changes it.</summary>
public static class Conditional
{
    /// <summary>Sets the ETag; returns true when the client's copy is current (answer 304).</summary>
    public static async Task<bool> NotModifiedAsync(HttpContext http, RevisionCache revisions)
    {
        var revision = await revisions.GetAsync(http.RequestAborted);
        var tag = $"\"r{revision}-{(uint)(http.Request.Path + http.Request.QueryString).GetHashCode(StringComparison.Ordinal):x}\"";
        http.Response.Headers.ETag = tag;
        http.Response.Headers.CacheControl = "no-cache";
        var sent = http.Request.Headers[HeaderNames.IfNoneMatch];
        return sent.Count > 0 && sent.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == tag || t.Trim() == "*"));
    }
}
