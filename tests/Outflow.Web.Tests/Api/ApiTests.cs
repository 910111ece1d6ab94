using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Outflow.Web.Tests.Seeding;
using Shouldly;

namespace Outflow.Web.Tests.Api;

/// <summary>
/// The REST API of docs/API.md through WebApplicationFactory, on a store seeded with <see cref="TestArticles"/>.
/// Runs once per backend (SQLite, PostgreSQL). Tests that review a claim each use their own claim, so the
/// shared store does not make them depend on each other's order.
/// </summary>
public abstract class ApiTests(SeededApp app)
{
    private HttpClient Client()
    {
        app.Require();
        return app.Writable.CreateClient();
    }

    private HttpClient ReadOnlyClient()
    {
        app.Require();
        return app.ReadOnly.CreateClient();
    }

    private static async Task<JsonNode> GetJson(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {url}: {body}");
        return JsonNode.Parse(body)!;
    }

    /// <summary>The claim of <paramref name="doc"/> with that figure text (and, when given, that "from" date; "-" for none).</summary>
    private static async Task<JsonObject> FindClaim(HttpClient client, string doc, string text, string? from = null)
    {
        var page = await GetJson(client, "/api/claims?page_size=500");
        return page["items"]!.AsArray().Select(c => c!.AsObject())
            .Single(c => (string?)c["doc"] == doc && (string?)c["text"] == text
                && (from is null || (string?)c["from"] == (from == "-" ? null : from)));
    }

    private static async Task<HttpResponseMessage> Review(HttpClient client, string id, object body, string? token = SeededApp.Token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/claims/{id}/review") { Content = JsonContent.Create(body) };
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request);
    }

    private static void ShouldBeProblem(HttpResponseMessage response, string body, HttpStatusCode status)
    {
        response.StatusCode.ShouldBe(status, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = JsonNode.Parse(body)!;
        ((int?)problem["status"]).ShouldBe((int)status);
        ((string?)problem["title"]).ShouldNotBeNullOrWhiteSpace();
        body.ShouldNotContain("Exception");
        body.ShouldNotContain("   at ");
        body.ShouldNotContain(".cs:line");
    }

    [SkippableFact]
    public async Task Health_is_read_only_without_a_token_and_writable_with_one()
    {
        var ro = await GetJson(ReadOnlyClient(), "/api/health");
        ((string?)ro["status"]).ShouldBe("ok");
        ((string?)ro["backend"]).ShouldBe(app.Store.Backend);
        ((bool?)ro["read_only"]).ShouldBe(true);
        ((long?)ro["documents"]).ShouldBe(TestArticles.All.Count);
        ((long?)ro["claims"]).ShouldBe(TestArticles.ClaimCount);
        ((string?)ro["extractor_version"]).ShouldNotBeNullOrWhiteSpace();

        var rw = await GetJson(Client(), "/api/health");
        ((bool?)rw["read_only"]).ShouldBe(false);
    }

    [SkippableFact]
    public async Task Origins_and_countries_list_the_seeded_origin_and_iso_numeric_codes()
    {
        var client = Client();
        var origins = (await GetJson(client, "/api/origins")).AsArray();
        origins.Select(o => (string?)o!["code"]).ShouldBe(["TJ"]);
        ((long?)origins[0]!["claims"]).ShouldBe(TestArticles.ClaimCount);

        var countries = (await GetJson(client, "/api/countries")).AsArray();
        var kz = countries.Single(c => (string?)c!["code"] == "KZ")!;
        ((string?)kz["numeric"]).ShouldBe("398");
        ((string?)kz["kind"]).ShouldBe("country");
    }

    [SkippableFact]
    public async Task Claims_list_pages_with_totals_and_no_overlap()
    {
        var client = Client();
        var all = await GetJson(client, "/api/claims?page_size=500&sort=doc");
        ((long?)all["total"]).ShouldBe(TestArticles.ClaimCount);
        all["items"]!.AsArray().Count.ShouldBe(TestArticles.ClaimCount);

        var ids = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            var p = await GetJson(client, $"/api/claims?page_size=3&page={page}&sort=doc");
            ((long?)p["total"]).ShouldBe(TestArticles.ClaimCount);
            ((int?)p["page"]).ShouldBe(page);
            ((int?)p["page_size"]).ShouldBe(3);
            ids.AddRange(p["items"]!.AsArray().Select(c => (string)c!["id"]!));
        }
        ids.Count.ShouldBe(TestArticles.ClaimCount);
        ids.Distinct().Count().ShouldBe(TestArticles.ClaimCount);

        var beyond = await GetJson(client, "/api/claims?page_size=3&page=4");
        beyond["items"]!.AsArray().ShouldBeEmpty();
    }

    [SkippableFact]
    public async Task Claims_filter_by_destination_measure_search_and_status()
    {
        var client = Client();
        var kg = (await GetJson(client, "/api/claims?destination=KG"))["items"]!.AsArray();
        kg.Count.ShouldBe(4);
        kg.ShouldAllBe(c => (string?)c!["destination"] == "KG");

        var kz = await GetJson(client, "/api/claims?destination=kz&origin=TJ");
        ((long?)kz["total"]).ShouldBe(5);

        ((long?)(await GetJson(client, "/api/claims?measure=arrivals"))["total"]).ShouldBe(TestArticles.ArrivalsCount);
        ((long?)(await GetJson(client, "/api/claims?measure=departures"))["total"]).ShouldBe(0);

        var search = (await GetJson(client, "/api/claims?search=EMERGENCIES"))["items"]!.AsArray();
        search.Count.ShouldBe(2);
        search.ShouldAllBe(c => ((string?)c!["quote"])!.Contains("emergencies"));

        var shymkent = (await GetJson(client, "/api/claims?search=entered%20Kazakhstan"))["items"]!.AsArray();
        shymkent.Count.ShouldBe(1);
        ((string?)shymkent[0]!["text"]).ShouldBe("Some 12,000");

        var to = (await GetJson(client, "/api/claims?to=2024-05"))["items"]!.AsArray();
        to.ShouldNotBeEmpty();
        to.ShouldAllBe(c => string.CompareOrdinal((string?)c!["to"], "2024-05-31") <= 0);

        ((long?)(await GetJson(client, "/api/claims?status=rejected"))["total"]).ShouldBe(0);
        ((long?)(await GetJson(client, "/api/claims?search=100%25_"))["total"]).ShouldBe(0);
    }

    [SkippableFact]
    public async Task Claims_sort_by_low_both_ways_and_default_to_newest_first()
    {
        var client = Client();
        static List<double> Lows(JsonNode page) => page["items"]!.AsArray().Select(c => (double?)c!["low"] ?? 0).ToList();
        var asc = Lows(await GetJson(client, "/api/claims?sort=low&page_size=500"));
        asc.ShouldBe(asc.Order().ToList());
        var desc = Lows(await GetJson(client, "/api/claims?sort=-low&page_size=500"));
        desc.ShouldBe(asc.OrderDescending().ToList());
        desc[0].ShouldBe(45000);

        var byTo = (await GetJson(client, "/api/claims?page_size=500"))["items"]!.AsArray().Select(c => (string?)c!["to"] ?? "").ToList();
        byTo.ShouldBe(byTo.OrderDescending(StringComparer.Ordinal).ToList());
    }

    [SkippableTheory]
    [InlineData("/api/claims?page_size=10000")]
    [InlineData("/api/claims?page_size=0")]
    [InlineData("/api/claims?page=0")]
    [InlineData("/api/claims?sort=bogus")]
    [InlineData("/api/claims?sort=-low;DROP%20TABLE%20claims")]
    [InlineData("/api/claims?measure=bogus")]
    [InlineData("/api/claims?measure=1")]
    [InlineData("/api/claims?status=bogus")]
    [InlineData("/api/claims?from=yesterday")]
    [InlineData("/api/claims?destination=K1")]
    [InlineData("/api/claims?page=abc")]
    [InlineData("/api/documents?page_size=10000")]
    [InlineData("/api/estimates?as_of=soon")]
    [InlineData("/api/estimates?origin=T1")]
    [InlineData("/api/estimates?origin=TJ&detail=everything")]
    [InlineData("/api/series/TJ.KZ.arrivals?detail=summary")]
    [InlineData("/api/series/TJ.KZ.arrivals?as_of=later")]
    [InlineData("/api/conflicts?destination=%3Cscript%3E")]
    [InlineData("/api/export?format=xlsx")]
    [InlineData("/api/export?format=csv&measure=bogus")]
    public async Task Bad_parameters_are_400_problem_details_without_stack_traces(string url)
    {
        using var response = await Client().GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        ShouldBeProblem(response, body, HttpStatusCode.BadRequest);
        ((string?)JsonNode.Parse(body)!["detail"]).ShouldNotBeNullOrWhiteSpace();
    }

    [SkippableFact]
    public async Task Claim_detail_has_the_paragraph_with_the_claim_span_its_document_and_original()
    {
        var client = Client();
        var items = (await GetJson(client, "/api/claims?page_size=500"))["items"]!.AsArray();
        items.Count.ShouldBe(TestArticles.ClaimCount);
        foreach (var item in items)
        {
            var id = (string)item!["id"]!;
            var detail = await GetJson(client, $"/api/claims/{Uri.EscapeDataString(id)}");
            var claim = detail["claim"]!;
            ((string?)claim["id"]).ShouldBe(id);
            var context = detail["context"]!;
            var text = (string)context["text"]!;
            var (start, end) = ((int)context["start"]!, (int)context["end"]!);
            start.ShouldBeInRange(0, text.Length);
            end.ShouldBeInRange(start + 1, text.Length);
            text[start..end].ShouldBe((string)claim["text"]!, $"claim {id}");
            text.ShouldContain((string)claim["text"]!);
            ((string?)detail["document"]!["doc"]).ShouldBe((string?)claim["doc"]);
            ((string?)detail["original"]!["low"]?.ToString()).ShouldNotBeNull();
            detail["history"]!.AsArray().ShouldNotBeNull();
        }
    }

    [SkippableFact]
    public async Task Claim_detail_fields_use_the_annotation_names()
    {
        var client = Client();
        var claim = await FindClaim(client, "a2_kazakhstan_floods_week3.txt", "More than 45,000");
        foreach (var field in new[] { "id", "doc", "text", "quote", "measure", "unit", "per", "low", "high", "qualifier", "origin", "destination",
                     "place", "population", "from", "to", "source", "start", "end", "confidence", "status", "document_title" })
            claim.ContainsKey(field).ShouldBeTrue($"field {field}");
        ((string?)claim["measure"]).ShouldBe("arrivals");
        ((string?)claim["origin"]).ShouldBe("TJ");
        ((string?)claim["destination"]).ShouldBe("KZ");
        ((double?)claim["low"]).ShouldBe(45000);
        claim["high"].ShouldBeNull();
        ((string?)claim["from"]).ShouldBe("2024-05-03");
        ((string?)claim["status"]).ShouldBe("unreviewed");
        ((string?)claim["document_title"]).ShouldBe("Flood exodus grows: 45,000 Tajiks now in Kazakhstan");
    }

    [SkippableTheory]
    [InlineData("/api/claims/no-such-claim")]
    [InlineData("/api/claims/" + "0123456789012345678901234567890123456789012345678901234567890123456789")]
    [InlineData("/api/documents/no-such-document.txt")]
    [InlineData("/api/series/TJ.nowhere.arrivals")]
    [InlineData("/api/nothing-here")]
    public async Task Unknown_things_are_404(string url)
    {
        using var response = await Client().GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound, body);
        body.ShouldNotContain("Exception");
    }

    [SkippableFact]
    public async Task Review_of_an_unknown_claim_is_404()
    {
        using var response = await Review(Client(), "no-such-claim", new { action = "accept" });
        ShouldBeProblem(response, await response.Content.ReadAsStringAsync(), HttpStatusCode.NotFound);
    }

    [SkippableFact]
    public async Task Reads_carry_an_etag_if_none_match_gives_304_and_a_review_changes_it()
    {
        var client = Client();
        var claim = await FindClaim(client, "a1_kazakhstan_floods_day5.txt", "12,000");
        var id = (string)claim["id"]!;

        foreach (var url in new[] { "/api/claims?destination=KZ", $"/api/claims/{id}", "/api/estimates", "/api/documents" })
        {
            using var first = await client.GetAsync(url);
            first.StatusCode.ShouldBe(HttpStatusCode.OK);
            var etag = first.Headers.ETag.ShouldNotBeNull($"ETag on {url}");

            using var again = new HttpRequestMessage(HttpMethod.Get, url);
            again.Headers.IfNoneMatch.Add(etag);
            using var notModified = await client.SendAsync(again);
            notModified.StatusCode.ShouldBe(HttpStatusCode.NotModified, url);
            (await notModified.Content.ReadAsStringAsync()).ShouldBeEmpty();
        }

        // a bad parameter is refused even when the client's tag would match the revision
        using (var first = await client.GetAsync("/api/claims?destination=KZ"))
        {
            using var bad = new HttpRequestMessage(HttpMethod.Get, "/api/claims?destination=KZ&sort=bogus");
            bad.Headers.IfNoneMatch.Add(System.Net.Http.Headers.EntityTagHeaderValue.Any);
            using var refused = await client.SendAsync(bad);
            refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        using var before = await client.GetAsync("/api/claims?destination=KZ");
        var oldTag = before.Headers.ETag!;
        using (var review = await Review(client, id, new { action = "accept", by = "etag-test" }))
            review.StatusCode.ShouldBe(HttpStatusCode.OK);

        using var stale = new HttpRequestMessage(HttpMethod.Get, "/api/claims?destination=KZ");
        stale.Headers.IfNoneMatch.Add(oldTag);
        using var after = await client.SendAsync(stale);
        after.StatusCode.ShouldBe(HttpStatusCode.OK);
        after.Headers.ETag.ShouldNotBeNull().Tag.ShouldNotBe(oldTag.Tag);
    }

    [SkippableFact]
    public async Task Review_on_a_read_only_server_is_403()
    {
        var client = ReadOnlyClient();
        var claim = await FindClaim(client, "a3_kyrgyzstan_camps.md", "15,000", from: "-");
        foreach (var token in new[] { null, SeededApp.Token, "" })
        {
            using var response = await Review(client, (string)claim["id"]!, new { action = "accept" }, token);
            ShouldBeProblem(response, await response.Content.ReadAsStringAsync(), HttpStatusCode.Forbidden);
        }
        var after = await GetJson(client, $"/api/claims/{claim["id"]}");
        after["history"]!.AsArray().ShouldBeEmpty();
    }

    [SkippableFact]
    public async Task Review_without_or_with_a_wrong_token_is_403()
    {
        var client = Client();
        var claim = await FindClaim(client, "a3_kyrgyzstan_camps.md", "15,000", from: "-");
        var id = (string)claim["id"]!;
        foreach (var token in new[] { null, "wrong-token", SeededApp.Token + "x", SeededApp.Token[..^1] })
        {
            using var response = await Review(client, id, new { action = "accept" }, token);
            ShouldBeProblem(response, await response.Content.ReadAsStringAsync(), HttpStatusCode.Forbidden);
        }
        using var basic = new HttpRequestMessage(HttpMethod.Post, $"/api/claims/{id}/review") { Content = JsonContent.Create(new { action = "accept" }) };
        basic.Headers.Authorization = new AuthenticationHeaderValue("Basic", SeededApp.Token);
        using var basicResponse = await client.SendAsync(basic);
        basicResponse.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var after = await GetJson(client, $"/api/claims/{id}");
        after["history"]!.AsArray().ShouldBeEmpty();
        ((string?)after["claim"]!["status"]).ShouldBe("unreviewed");
    }

    [SkippableFact]
    public async Task Accept_with_the_token_shows_in_the_listing_and_the_history()
    {
        var client = Client();
        var claim = await FindClaim(client, "a3_kyrgyzstan_camps.md", "15,000", from: "2024-05-03");
        var id = (string)claim["id"]!;

        using var response = await Review(client, id, new { action = "accept", note = "checked against the ministry's release", by = "api-test" });
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        var detail = JsonNode.Parse(body)!;
        ((string?)detail["claim"]!["status"]).ShouldBe("accepted");

        var listed = (await GetJson(client, "/api/claims?status=accepted&page_size=500"))["items"]!.AsArray();
        listed.Select(c => (string?)c!["id"]).ShouldContain(id);

        var history = (await GetJson(client, $"/api/claims/{id}"))["history"]!.AsArray();
        history.Count.ShouldBe(1);
        ((string?)history[0]!["action"]).ShouldBe("accept");
        ((string?)history[0]!["by"]).ShouldBe("api-test");
        ((string?)history[0]!["note"]).ShouldBe("checked against the ministry's release");
    }

    [SkippableFact]
    public async Task Correction_changes_what_reads_show_and_keeps_the_original()
    {
        var client = Client();
        var claim = await FindClaim(client, "a2_kazakhstan_floods_week3.txt", "about 8,000");
        var id = (string)claim["id"]!;

        using var response = await Review(client, id, new { action = "set", changes = new Dictionary<string, string?> { ["low"] = "7500", ["high"] = "8500" }, note = "range per ministry" });
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        var detail = JsonNode.Parse(body)!;
        ((string?)detail["claim"]!["status"]).ShouldBe("corrected");
        ((double?)detail["claim"]!["low"]).ShouldBe(7500);
        ((double?)detail["claim"]!["high"]).ShouldBe(8500);
        ((double?)detail["original"]!["low"]).ShouldBe(8000);

        var listed = (await GetJson(client, "/api/claims?destination=KG&page_size=500"))["items"]!.AsArray().Single(c => (string?)c!["id"] == id)!;
        ((double?)listed["low"]).ShouldBe(7500);
        ((string?)listed["status"]).ShouldBe("corrected");

        var history = (await GetJson(client, $"/api/claims/{id}"))["history"]!.AsArray();
        ((string?)history.Last()!["action"]).ShouldBe("set");
        ((string?)history.Last()!["changes"]!["low"]).ShouldBe("7500");
    }

    [SkippableTheory]
    [InlineData("""{"action":"set","changes":{"bogus_field":"1"}}""")]
    [InlineData("""{"action":"set","changes":{"low":"lots"}}""")]
    [InlineData("""{"action":"set","changes":{"measure":"teleported"}}""")]
    [InlineData("""{"action":"dance"}""")]
    [InlineData("""{}""")]
    [InlineData("""{"action":"accept","changes":"not an object"}""")]
    [InlineData("""not json at all""")]
    public async Task Bad_review_bodies_are_400(string json)
    {
        var client = Client();
        var claim = await FindClaim(client, "a1_kazakhstan_floods_day5.txt", "Some 12,000");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/claims/{claim["id"]}/review")
        {
            Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", SeededApp.Token);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        body.ShouldNotContain("   at ");
        body.ShouldNotContain(".cs:line");
        var after = await GetJson(client, $"/api/claims/{claim["id"]}");
        ((string?)after["claim"]!["status"]).ShouldBe("unreviewed");
    }

    [SkippableFact]
    public async Task Documents_list_and_one_document_with_its_claim_spans()
    {
        var client = Client();
        var list = await GetJson(client, "/api/documents");
        ((long?)list["total"]).ShouldBe(TestArticles.All.Count);
        var docs = list["items"]!.AsArray();
        docs.Select(d => (string?)d!["doc"]).ShouldBe(TestArticles.All.Select(a => a.Name), ignoreOrder: true);
        docs.Sum(d => (int?)d!["claims"] ?? 0).ShouldBe(TestArticles.ClaimCount);

        var searched = (await GetJson(client, "/api/documents?search=Kyrgyzstan"))["items"]!.AsArray();
        searched.Select(d => (string?)d!["doc"]).ShouldContain("a3_kyrgyzstan_camps.md");

        var doc = await GetJson(client, "/api/documents/a2_kazakhstan_floods_week3.txt");
        ((string?)doc["title"]).ShouldBe("Flood exodus grows: 45,000 Tajiks now in Kazakhstan");
        ((string?)doc["published"]).ShouldBe("2024-05-24");
        var text = (string)doc["text"]!;
        var spans = doc["claims"]!.AsArray();
        spans.Count.ShouldBe(3);
        foreach (var s in spans) text[(int)s!["start"]!..(int)s["end"]!].ShouldBe((string?)s["text"]);
    }

    [SkippableFact]
    public async Task Estimates_have_series_per_destination_that_series_and_conflicts_match()
    {
        var client = Client();
        var report = await GetJson(client, "/api/estimates?origin=TJ&detail=full");
        var series = report["series"]!.AsArray();
        series.ShouldNotBeEmpty();
        var destinations = series.Select(s => (string?)s!["destination"]).ToHashSet();
        destinations.ShouldContain("KZ");
        destinations.ShouldContain("KG");
        var kz = series.First(s => (string?)s!["destination"] == "KZ" && (string?)s!["measure"] == "arrivals")!;
        kz["facts"]!.AsArray().ShouldNotBeEmpty();
        kz["band"]!.AsArray().ShouldNotBeEmpty();
        kz["estimate"].ShouldNotBeNull();

        var one = await GetJson(client, $"/api/series/{Uri.EscapeDataString((string)kz["id"]!)}");
        ((string?)one["id"]).ShouldBe((string?)kz["id"]);
        one["facts"]!.AsArray().Count.ShouldBe(kz["facts"]!.AsArray().Count);
        var all = await GetJson(client, $"/api/series/{Uri.EscapeDataString((string)kz["id"]!)}?detail=all");
        all["facts"]!.AsArray().Count.ShouldBe(kz["facts"]!.AsArray().Count);

        // a destination narrows the report to its series, in full by default
        var onlyKg = (await GetJson(client, "/api/estimates?origin=TJ&destination=KG"))["series"]!.AsArray();
        onlyKg.ShouldNotBeEmpty();
        onlyKg.ShouldAllBe(s => (string?)s!["destination"] == "KG");
        onlyKg.ShouldAllBe(s => s!["facts"] != null);
        var fullKg = series.Where(s => (string?)s!["destination"] == "KG").Select(s => s!.ToJsonString()).ToList();
        onlyKg.Select(s => s!.ToJsonString()).ShouldBe(fullKg);

        var conflicts = (await GetJson(client, "/api/conflicts?origin=TJ")).AsArray();
        var inSeries = series.Sum(s => s!["conflicts"]!.AsArray().Count);
        conflicts.Count.ShouldBe(inSeries);
        foreach (var c in conflicts)
        {
            ((string?)c!["origin"]).ShouldBe("TJ");
            series.Select(s => (string?)s!["id"]).ShouldContain((string?)c["series_id"]);
        }
    }

    [SkippableFact]
    public async Task Estimates_without_a_destination_summarise_each_series()
    {
        var client = Client();
        var full = (await GetJson(client, "/api/estimates?origin=TJ&detail=full"))["series"]!.AsArray();
        var summary = await GetJson(client, "/api/estimates?origin=TJ");
        ((string?)summary["detail"]).ShouldBe("summary");
        summary["totals"]!.AsArray().ShouldNotBeEmpty();
        var listed = summary["series"]!.AsArray();
        listed.Select(s => (string?)s!["id"]).ShouldBe(full.Select(s => (string?)s!["id"]));
        foreach (var (s, f) in listed.Zip(full))
        {
            s!["facts"].ShouldBeNull();
            s["band"].ShouldBeNull();
            ((int)s["fact_count"]!).ShouldBe(f!["facts"]!.AsArray().Count);
            ((int)s["conflict_count"]!).ShouldBe(f["conflicts"]!.AsArray().Count);
            ((int)s["claim_count"]!).ShouldBe((int)f["claim_count"]!);
            s["estimate"]?.ToJsonString().ShouldBe(f["estimate"]?.ToJsonString());
            var band = f["band"]!.AsArray();
            if (band.Count > 0) s["latest"]!.ToJsonString().ShouldBe(band[^1]!.ToJsonString());
            var dates = f["facts"]!.AsArray().Select(x => (string?)x!["date"]).Where(d => d is not null).Order(StringComparer.Ordinal).ToList();
            ((string?)s["first_date"]).ShouldBe(dates.FirstOrDefault());
            ((string?)s["last_date"]).ShouldBe(dates.LastOrDefault());
        }
    }

    [SkippableTheory]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task Answers_are_compressed_for_clients_that_ask_and_say_so(string encoding)
    {
        var client = Client();
        foreach (var url in new[] { "/api/estimates?origin=TJ", "/api/claims?destination=KZ" })
        {
            var plain = (await GetJson(client, url)).ToJsonString();
            for (var i = 0; i < 2; i++) // the second answer comes from the output cache
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                request.Headers.AcceptEncoding.ParseAdd(encoding);
                using var response = await client.SendAsync(request);
                response.StatusCode.ShouldBe(HttpStatusCode.OK);
                response.Content.Headers.ContentEncoding.ShouldBe([encoding], url);
                response.Headers.Vary.ShouldContain("Accept-Encoding");
                await using var body = await response.Content.ReadAsStreamAsync();
                await using Stream unpacked = encoding == "gzip"
                    ? new System.IO.Compression.GZipStream(body, System.IO.Compression.CompressionMode.Decompress)
                    : new System.IO.Compression.BrotliStream(body, System.IO.Compression.CompressionMode.Decompress);
                JsonNode.Parse(await new StreamReader(unpacked).ReadToEndAsync())!.ToJsonString().ShouldBe(plain, url);
            }
        }
    }

    [SkippableFact]
    public async Task Export_csv_hxl_and_jsonl_stream_the_filtered_claims()
    {
        var client = Client();
        var listed = (await GetJson(client, "/api/claims?destination=KZ&page_size=500"))["items"]!.AsArray()
            .Where(c => (string?)c!["status"] != "rejected").Select(c => (string)c!["id"]!).ToList();

        using var csv = await client.GetAsync("/api/export?format=csv&destination=KZ");
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        csv.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        var csvLines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        csvLines[0].ShouldContain("id");
        csvLines[0].ShouldContain("destination");
        csvLines.Count.ShouldBe(1 + listed.Count);

        using var hxl = await client.GetAsync("/api/export?format=hxl&destination=KZ");
        hxl.StatusCode.ShouldBe(HttpStatusCode.OK);
        var hxlLines = (await hxl.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        hxlLines[1].ShouldStartWith("#");
        hxlLines[1].Split(',').ShouldAllBe(tag => tag == "" || tag.StartsWith('#'));
        hxlLines.Count.ShouldBe(2 + listed.Count);

        using var jsonl = await client.GetAsync("/api/export?format=jsonl&destination=KZ");
        jsonl.StatusCode.ShouldBe(HttpStatusCode.OK);
        var records = (await jsonl.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonNode.Parse(l)!).ToList();
        records.Select(r => (string?)r["id"]).ShouldBe(listed, ignoreOrder: true);
        records.ShouldAllBe(r => (string?)r["destination"] == "KZ");
    }

    [SkippableFact]
    public async Task Openapi_document_lists_the_paths()
    {
        var doc = await GetJson(Client(), "/openapi/v1.json");
        var paths = doc["paths"]!.AsObject().Select(p => p.Key).ToList();
        foreach (var path in new[] { "/api/health", "/api/origins", "/api/countries", "/api/claims", "/api/claims/{id}", "/api/claims/{id}/review",
                     "/api/documents", "/api/documents/{doc}", "/api/estimates", "/api/series/{id}", "/api/conflicts", "/api/export" })
            paths.ShouldContain(p => p.TrimEnd('/') == path, $"path {path} in {string.Join(", ", paths)}");
    }

    [SkippableTheory]
    [InlineData("/")]
    [InlineData("/api/health")]
    [InlineData("/api/claims?page_size=10000")]
    [InlineData("/api/claims/no-such-claim")]
    public async Task Every_answer_has_the_security_headers(string url)
    {
        using var response = await Client().GetAsync(url);
        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        csp.ShouldContain("default-src 'self'");
        csp.ShouldContain("script-src 'self'");
        csp.ShouldNotContain("unsafe-inline");
        csp.ShouldContain("object-src 'none'");
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
    }

    [SkippableFact]
    public async Task The_dashboard_is_served_at_the_root()
    {
        using var response = await Client().GetAsync("/");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var html = await response.Content.ReadAsStringAsync();
        html.ShouldContain("app.js");
        html.ShouldContain("id=\"map\"");
    }

    [SkippableFact]
    public async Task Markup_in_document_text_is_escaped_in_json_and_kept_as_text()
    {
        var client = Client();
        using var response = await client.GetAsync($"/api/documents/{TestArticles.XssDoc}");
        var raw = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, raw);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        raw.ShouldNotContain("<script>");
        raw.ShouldNotContain("<img");
        raw.ShouldNotContain("<a href");
        var doc = JsonNode.Parse(raw)!;
        ((string)doc["text"]!).ShouldContain("<script>alert(1)</script>");
        ((string)doc["text"]!).ShouldContain("<img src=x onerror=alert(1)>");
        ((string?)doc["title"]).ShouldBe(TestArticles.XssTitle);
        var spans = doc["claims"]!.AsArray();
        spans.Count.ShouldBe(1);

        var id = (string)spans[0]!["id"]!;
        using var detailResponse = await client.GetAsync($"/api/claims/{id}");
        var detailRaw = await detailResponse.Content.ReadAsStringAsync();
        detailRaw.ShouldNotContain("<script>");
        detailRaw.ShouldNotContain("<img");
        var detail = JsonNode.Parse(detailRaw)!;
        ((string)detail["claim"]!["quote"]!).ShouldContain("<img src=x onerror=alert(1)>");
        ((string)detail["context"]!["text"]!).ShouldContain("<script>alert(1)</script>");
        ((string?)detail["document"]!["url"]).ShouldBe("javascript:alert(1)");

        using var list = await client.GetAsync("/api/claims?search=rumour");
        (await list.Content.ReadAsStringAsync()).ShouldNotContain("<");
        using var csv = await client.GetAsync("/api/export?format=csv&search=onerror");
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
    }
}
