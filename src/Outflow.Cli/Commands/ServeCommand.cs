using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Outflow.Web;

namespace Outflow.Cli.Commands;

/// <summary>`outflow serve [--urls] [--db | --postgres] [--token]`: the REST API and the dashboard.</summary>
public static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static Command Create()
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen", DefaultValueFactory = _ => DefaultUrls };
        var token = new Option<string?>("--token") { Description = "Review token (default: $OUTFLOW_TOKEN); without one the server is read-only" };
        var store = new StoreOptions();
        var cmd = new Command("serve", "Serve the dashboard and the REST API (OpenAPI at /openapi/v1.json)") { urls, token };
        store.AddTo(cmd);
        cmd.SetAction((r, ct) => StoreOptions.Run(async () =>
        {
            var env = WebOptions.FromEnvironment();
            var options = env with { Urls = r.GetValue(urls), Token = r.GetValue(token) ?? env.Token };
            await using var s = await store.OpenAsync(r, ct);
            await RunAsync(options, s, ct);
            return 0;
        }));
        return cmd;
    }

    public static async Task RunAsync(WebOptions options, Outflow.Store.IEvidenceStore store, CancellationToken ct)
    {
        var app = OutflowApp.Build([], options, store);
        await app.StartAsync(ct);
        Console.Error.WriteLine($"Outflow dashboard: {options.Urls}/  (API: {options.Urls}/api/health, OpenAPI: {options.Urls}/openapi/v1.json)");
        Console.Error.WriteLine(options.Token is null ? "read-only: set OUTFLOW_TOKEN or --token to allow reviews" : "reviews allowed with the token");
        Console.Error.WriteLine($"store: {store.Location}; press Ctrl+C to stop");
        await app.WaitForShutdownAsync(ct);
    }
}
