using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Outflow.Web.Tests.Seeding;
using Shouldly;
using Xunit.Abstractions;

namespace Outflow.Web.Tests.Browser;

/// <summary>
/// The dashboard in a real browser (Debian's chromium through Playwright) against the real server on Kestrel.
/// Waits use Playwright's selectors, never sleeps. Each test has its own browser context; the one review test uses
/// its own claim, so the shared store does not couple the tests.
/// </summary>
public sealed class DashboardTests(LiveDashboard live, ITestOutputHelper output) : IClassFixture<LiveDashboard>
{
    private const float Timeout = 20_000;

    /// <summary>Where the full-page screenshot goes: $OUTFLOW_ARTIFACTS, else TestResults/ in the test output folder.</summary>
    public static string ScreenshotPath => Path.Combine(
        Environment.GetEnvironmentVariable("OUTFLOW_ARTIFACTS") is { Length: > 0 } dir ? dir : Path.Combine(AppContext.BaseDirectory, "TestResults"),
        "dashboard.png");

    private async Task<(IBrowserContext Context, IPage Page, PageProblems Problems)> OpenAsync(int width = 1280, int height = 900, string hash = "")
    {
        var browser = live.RequireBrowser();
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, BaseURL = live.BaseUrl.ToString() });
        context.SetDefaultTimeout(Timeout);
        var page = await context.NewPageAsync();
        var problems = new PageProblems(page);
        await page.GotoAsync(live.BaseUrl + hash);
        await page.WaitForSelectorAsync("#map path.country.has-data");
        await page.WaitForSelectorAsync("#evidence table tbody tr[data-claim-id]");
        return (context, page, problems);
    }

    private async Task<JsonNode> Api(string path)
    {
        var body = await live.Http.GetStringAsync(path);
        return JsonNode.Parse(body)!;
    }

    private async Task<string> ClaimId(string doc, string text) =>
        (string)(await Api("api/claims?page_size=500"))["items"]!.AsArray()
            .Single(c => (string?)c!["doc"] == doc && (string?)c["text"] == text)!["id"]!;

    private static void NoProblems(PageProblems problems)
    {
        problems.Dialogs.ShouldBeEmpty();
        problems.Errors.ShouldBeEmpty();
    }

    [SkippableFact]
    public async Task Map_and_timeline_render_with_the_seeded_data()
    {
        var (context, page, problems) = await OpenAsync();
        await using var _ = context;

        (await page.Locator("#map svg").CountAsync()).ShouldBe(1);
        (await page.Locator("#map path.country").CountAsync()).ShouldBeGreaterThan(100);
        (await page.Locator("#map path.country.has-data").CountAsync()).ShouldBeGreaterThanOrEqualTo(2);
        (await page.Locator("#map path.country.has-data[data-code=KZ]").CountAsync()).ShouldBe(1);
        (await page.Locator("#map path.country.has-data[data-code=KG]").CountAsync()).ShouldBe(1);
        (await page.Locator("#map path.country.origin[data-code=TJ]").CountAsync()).ShouldBe(1);
        (await page.Locator("#map path.flow").CountAsync()).ShouldBeGreaterThanOrEqualTo(1);

        await page.WaitForSelectorAsync("#timeline svg .band", new() { State = WaitForSelectorState.Attached });
        (await page.Locator("#timeline svg").CountAsync()).ShouldBeGreaterThan(0);
        (await page.Locator("#timeline .claim-point[data-claim-id]").CountAsync()).ShouldBeGreaterThan(0);
        (await page.Locator("#destinations tbody tr[data-code]").CountAsync()).ShouldBeGreaterThanOrEqualTo(2);
        // the evidence follows the selected destination: the one with the largest estimate, Kazakhstan
        (await page.Locator("#map path.country.selected[data-code=KZ]").CountAsync()).ShouldBe(1);
        var kz = (int)(await Api("api/claims?destination=KZ"))["total"]!;
        (await page.Locator("#evidence table tbody tr[data-claim-id]").CountAsync()).ShouldBe(kz);
        (await page.Locator("#readonly-banner").IsHiddenAsync()).ShouldBeTrue();

        Directory.CreateDirectory(Path.GetDirectoryName(ScreenshotPath)!);
        await page.ScreenshotAsync(new() { Path = ScreenshotPath, FullPage = true });
        new FileInfo(ScreenshotPath).Length.ShouldBeGreaterThan(10_000);
        output.WriteLine($"dashboard screenshot: {ScreenshotPath}");
        NoProblems(problems);
    }

    [SkippableFact]
    public async Task Clicking_an_evidence_row_opens_its_document_with_the_claim_span_highlighted()
    {
        var (context, page, problems) = await OpenAsync();
        await using var _ = context;
        var id = await ClaimId("a2_kazakhstan_floods_week3.txt", "More than 45,000");

        await page.Locator($"#evidence table tbody tr[data-claim-id='{id}'] td.figure").ClickAsync();
        var mark = page.Locator($"#document[data-claim-id='{id}'] mark");
        await mark.WaitForAsync();
        (await mark.TextContentAsync()).ShouldBe("More than 45,000");
        (await page.Locator("#document-context").TextContentAsync())!.ShouldContain("people from Tajikistan have crossed into Kazakhstan");
        (await page.Locator("#document-title").TextContentAsync()).ShouldBe("Flood exodus grows: 45,000 Tajiks now in Kazakhstan");
        (await page.Locator($"#evidence tbody tr.selected[data-claim-id='{id}']").CountAsync()).ShouldBe(1);
        page.Url.ShouldContain($"claim={id}");
        NoProblems(problems);
    }

    [SkippableFact]
    public async Task Clicking_a_timeline_point_opens_its_claim()
    {
        var (context, page, problems) = await OpenAsync();
        await using var _ = context;
        var point = page.Locator("#timeline .claim-point[data-claim-id]:not(.set-aside)").First;
        await point.WaitForAsync();
        var id = (await point.GetAttributeAsync("data-claim-id"))!;
        await point.ClickAsync();

        var mark = page.Locator($"#document[data-claim-id='{id}'] mark");
        await mark.WaitForAsync();
        var claim = await Api($"api/claims/{Uri.EscapeDataString(id)}");
        (await mark.TextContentAsync()).ShouldBe((string?)claim["claim"]!["text"]);
        NoProblems(problems);
    }

    [SkippableFact]
    public async Task A_review_in_the_browser_round_trips_to_the_api()
    {
        var (context, page, problems) = await OpenAsync(hash: "#origin=TJ&destination=KG");
        await using var _ = context;
        var id = (string)(await Api("api/claims?destination=KG&page_size=500"))["items"]!.AsArray()
            .Single(c => (string?)c!["doc"] == "a3_kyrgyzstan_camps.md" && (string?)c["from"] == "2024-05-03")!["id"]!;

        await page.FillAsync("#token", LiveDashboard.Token);
        await page.PressAsync("#token", "Enter");
        await page.FillAsync("#reviewer", "browser-test");
        await page.PressAsync("#reviewer", "Tab");
        await page.Locator($"#evidence table tbody tr[data-claim-id='{id}'] td.figure").ClickAsync();
        await page.Locator($"#document[data-claim-id='{id}'] mark").WaitForAsync();

        await page.Locator("#review-accept").ClickAsync();
        var status = page.Locator("#review-status.ok");
        await status.WaitForAsync();
        (await status.TextContentAsync())!.ShouldContain("accepted");
        await page.Locator("#review-history li strong", new() { HasText = "accept" }).WaitForAsync();
        await page.Locator($"#evidence tbody tr[data-claim-id='{id}'] .status-accepted").WaitForAsync();

        var detail = await Api($"api/claims/{Uri.EscapeDataString(id)}");
        ((string?)detail["claim"]!["status"]).ShouldBe("accepted");
        var history = detail["history"]!.AsArray();
        history.Count.ShouldBe(1);
        ((string?)history[0]!["by"]).ShouldBe("browser-test");
        NoProblems(problems);
    }

    [SkippableFact]
    public async Task A_wrong_token_in_the_browser_shows_the_servers_refusal()
    {
        var (context, page, problems) = await OpenAsync();
        await using var _ = context;
        var id = await ClaimId("a1_kazakhstan_floods_day5.txt", "12,000");

        await page.FillAsync("#token", "not-the-token");
        await page.PressAsync("#token", "Enter");
        await page.Locator($"#evidence table tbody tr[data-claim-id='{id}'] td.figure").ClickAsync();
        await page.Locator($"#document[data-claim-id='{id}'] mark").WaitForAsync();
        await page.Locator("#review-accept").ClickAsync();
        var status = page.Locator("#review-status.error");
        await status.WaitForAsync();
        (await status.TextContentAsync())!.ShouldContain("403");

        ((string?)(await Api($"api/claims/{Uri.EscapeDataString(id)}"))["claim"]!["status"]).ShouldBe("unreviewed");
        problems.Dialogs.ShouldBeEmpty();
    }

    [SkippableFact]
    public async Task The_xss_document_stays_inert_and_shows_its_markup_as_text()
    {
        var id = (string)(await Api($"api/documents/{TestArticles.XssDoc}"))["claims"]!.AsArray()[0]!["id"]!;
        var (context, page, problems) = await OpenAsync();
        await using var _ = context;

        await page.FillAsync("#f-search", "onerror");
        var row = page.Locator($"#evidence table tbody tr[data-claim-id='{id}']");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#evidence tbody tr[data-claim-id]').length === 1");
        (await row.Locator("td.quote").TextContentAsync())!.ShouldContain("<img src=x onerror=alert(1)>");
        await row.Locator("td.figure").ClickAsync();

        var mark = page.Locator($"#document[data-claim-id='{id}'] mark");
        await mark.WaitForAsync();
        (await mark.TextContentAsync()).ShouldBe("about 20,000");
        var context_ = (await page.Locator("#document-context").TextContentAsync())!;
        context_.ShouldContain("<script>alert(1)</script>");
        context_.ShouldContain("<img src=x onerror=alert(1)>");
        context_.ShouldContain("javascript:alert(1)");
        (await page.Locator("#document").InnerTextAsync()).ShouldContain("<script>alert(1)</script>");
        (await page.Locator("#document-title").TextContentAsync()).ShouldBe(TestArticles.XssTitle);
        (await page.Locator("#document .unsafe-url").TextContentAsync()).ShouldBe("javascript:alert(1)");

        (await page.Locator("#document script, #document img, #document iframe, #evidence img, #timeline img").CountAsync()).ShouldBe(0);
        (await page.Locator("[onerror], [onclick], a[href^='javascript:' i]").CountAsync()).ShouldBe(0);
        (await page.EvaluateAsync<int>("() => document.scripts.length")).ShouldBe(await page.EvaluateAsync<int>(
            "() => [...document.scripts].filter(s => s.src && new URL(s.src).origin === location.origin).length"));
        (await page.EvaluateAsync<bool>("() => window.__xss === undefined")).ShouldBeTrue();

        // one more task turn, so an injected handler would have had its chance to fire
        await page.EvaluateAsync("() => new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)))");
        problems.Dialogs.ShouldBeEmpty();
        problems.Errors.ShouldBeEmpty();
    }

    [SkippableFact]
    public async Task A_phone_width_screen_has_no_horizontal_scroll()
    {
        var (context, page, problems) = await OpenAsync(375, 812);
        await using var _ = context;
        await page.WaitForSelectorAsync("#timeline svg .band", new() { State = WaitForSelectorState.Attached });
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(375);

        await page.Locator("#evidence table tbody tr[data-claim-id] td.figure").First.ClickAsync();
        await page.Locator("#document mark").WaitForAsync();
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).ShouldBeLessThanOrEqualTo(375);
        NoProblems(problems);
    }

    [SkippableFact]
    public async Task Kestrel_refuses_an_oversized_request_body_without_a_stack_trace()
    {
        var id = await ClaimId("a1_kazakhstan_floods_day5.txt", "Some 12,000");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/claims/{id}/review")
        {
            Content = JsonContent.Create(new { action = "accept", note = new string('x', 200 * 1024) }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", LiveDashboard.Token);
        using var response = await live.Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge, body);
        body.ShouldNotContain("   at ");
        response.Headers.Contains("Server").ShouldBeFalse();
        ((string?)(await Api($"api/claims/{Uri.EscapeDataString(id)}"))["claim"]!["status"]).ShouldBe("unreviewed");
    }
}
