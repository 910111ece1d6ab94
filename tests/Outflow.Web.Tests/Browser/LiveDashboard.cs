using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using Outflow.Store;
using Outflow.Web.Tests.Stores;

namespace Outflow.Web.Tests.Browser;

/// <summary>
/// The real app on Kestrel at a free loopback port, over a seeded SQLite store with a review token, and (when
/// available) Debian's chromium driven by Playwright. The browser is OUTFLOW_CHROMIUM or /usr/bin/chromium;
/// Playwright never downloads one. Without a browser the browser tests skip with a message, unless
/// OUTFLOW_REQUIRE_BROWSER=1 (CI), where they fail.
/// </summary>
public sealed class LiveDashboard : IAsyncLifetime
{
    public const string Token = "browser-token-51c2";

    private readonly SqliteTestStore _store = new();
    private IEvidenceStore? _opened;
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public Uri BaseUrl { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public IBrowser? Browser { get; private set; }

    /// <summary>Why there is no browser, or null.</summary>
    public string? BrowserUnavailable { get; private set; }

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("OUTFLOW_CHROMIUM") is { Length: > 0 } p ? p : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        await _store.CreateAndSeedAsync();
        _opened = await StoreFactory.OpenSqliteAsync(_store.Path);
        _app = OutflowApp.Build([], new WebOptions { Urls = "http://127.0.0.1:0", Token = Token }, _opened);
        await _app.StartAsync();
        BaseUrl = new Uri(_app.Urls.First(u => u.StartsWith("http://127.0.0.1:", StringComparison.Ordinal)) + "/");
        Http = new HttpClient { BaseAddress = BaseUrl };
        await LaunchBrowserAsync();
    }

    private async Task LaunchBrowserAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            BrowserUnavailable = $"no browser at {ChromiumPath}: install Debian's chromium (apt-get install chromium) or set OUTFLOW_CHROMIUM";
            return;
        }
        try
        {
            _playwright = await Playwright.CreateAsync();
            Browser = await _playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"],
                Timeout = 60_000,
            });
        }
        catch (PlaywrightException ex)
        {
            BrowserUnavailable = $"chromium at {ChromiumPath} could not be started by Playwright: {ex.Message}";
        }
    }

    /// <summary>Skips the calling test without a browser, or fails it when OUTFLOW_REQUIRE_BROWSER=1.</summary>
    public IBrowser RequireBrowser()
    {
        if (BrowserUnavailable is { } why)
        {
            if (Environment.GetEnvironmentVariable("OUTFLOW_REQUIRE_BROWSER") == "1")
                throw new InvalidOperationException($"{why} (OUTFLOW_REQUIRE_BROWSER=1, so this fails instead of skipping)");
            Skip.If(true, why);
        }
        return Browser!;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        Http?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        if (_opened is not null) await _opened.DisposeAsync();
        await _store.DisposeAsync();
    }
}
