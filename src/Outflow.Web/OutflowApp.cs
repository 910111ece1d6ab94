using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.ResponseCompression;
using Outflow.Store;
using Outflow.Web.Claims;
using Outflow.Web.Documents;
using Outflow.Web.Estimates;
using Outflow.Web.Exports;
using Outflow.Web.Health;
using Outflow.Web.Infrastructure;

namespace Outflow.Web;

/// <summary>Builds the web app: the REST API under /api, its OpenAPI document, and the dashboard's static files.</summary>
public static class OutflowApp
{
    /// <summary>The output-cache policy of read endpoints.</summary>
    public const string ReadsPolicy = "reads";

    public static WebApplication Build(string[] args, WebOptions options, IEvidenceStore? store = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, WebRootPath = WebRoot() });
        var config = builder.Configuration.GetSection("Outflow");
        options = options with
        {
            Db = config["Db"] ?? options.Db,
            Postgres = config["Postgres"] ?? options.Postgres,
            Token = config["Token"] ?? options.Token,
        };
        // an empty or blank token (e.g. --Outflow:Token= or OUTFLOW_TOKEN="") means no token: read-only, never "any empty bearer"
        if (string.IsNullOrWhiteSpace(options.Token)) options = options with { Token = null };
        if (options.Urls is not null) builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Limits.MaxRequestBodySize = 64 * 1024;
        });
        // one log line per request costs more than the request; keep the framework's chatter to warnings
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(store ?? StoreFactory.OpenAsync(options.Db, options.Postgres).GetAwaiter().GetResult());
        builder.Services.AddSingleton<RevisionCache>();
        builder.Services.AddSingleton<EstimateService>();
        builder.Services.Configure<JsonOptions>(o => ApiJson.Configure(o.SerializerOptions));
        builder.Services.AddProblemDetails();
        // parameters that do not bind (page=abc, a body that is not JSON) reach ProblemHandler, which names the parameter in `detail`
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddOpenApi();
        // answers are cached per store revision and query: a review or an ingest changes the revision, so a cached
        // answer is never served for a store that has changed (beyond the revision cache's half second)
        // API answers are compressed inside the output cache, so each cached answer is compressed once per encoding
        builder.Services.AddResponseCompression(o =>
        {
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        builder.Services.AddOutputCache(o => o.AddPolicy(ReadsPolicy, b => b
            .Expire(TimeSpan.FromMinutes(5))
            .SetVaryByQuery("*")
            .SetVaryByHeader("Accept-Encoding")
            .VaryByValue(async (http, ct) => new KeyValuePair<string, string>(
                "revision", (await http.RequestServices.GetRequiredService<RevisionCache>().GetAsync(ct)).ToString(System.Globalization.CultureInfo.InvariantCulture)))));

        var app = builder.Build();
        var problems = ((IApplicationBuilder)app).New();
        ProblemHandler.Configure(problems);
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = problems.Build(),
            // a client's bad parameter is answered with a 400 problem, not logged as a server error
            SuppressDiagnosticsCallback = c => c.Exception is BadHttpRequestException,
        });
        app.UseStatusCodePages();
        app.UseMiddleware<SecurityHeaders>();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseOutputCache();
        app.UseResponseCompression();
        app.MapOpenApi();
        var api = app.MapGroup("/api");
        api.MapHealth();
        api.MapClaims();
        api.MapDocuments();
        api.MapEstimates();
        api.MapExports();
        return app;
    }

    /// <summary>wwwroot beside the app (published or built), else the source folder when run from the repository.</summary>
    private static string? WebRoot()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (File.Exists(Path.Combine(beside, "index.html"))) return beside;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var source = Path.Combine(dir.FullName, "src", "Outflow.Web", "wwwroot");
            if (File.Exists(Path.Combine(source, "index.html"))) return source;
        }
        return null;
    }
}
