using Microsoft.AspNetCore.Diagnostics;
using Outflow.Store;

namespace Outflow.Web.Infrastructure;

/// <summary>Turns unhandled errors into problem details without stack traces; store failures say which store.</summary>
public static class ProblemHandler
{
    public static void Configure(IApplicationBuilder app) => app.Run(async context =>
    {
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var (status, title, detail) = error switch
        {
            StoreException s => (StatusCodes.Status503ServiceUnavailable, "The evidence store is unavailable", s.Message),
            BadHttpRequestException b => (b.StatusCode, "Bad request", b.Message),
            _ => (StatusCodes.Status500InternalServerError, "Internal error", "The server could not answer; the error is in its log."),
        };
        if (status >= 500) context.RequestServices.GetRequiredService<ILogger<WebOptions>>().LogError(error, "request failed: {Path}", context.Request.Path);
        await Results.Problem(statusCode: status, title: title, detail: detail).ExecuteAsync(context);
    });
}
