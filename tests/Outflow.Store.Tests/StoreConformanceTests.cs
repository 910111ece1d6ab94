using Outflow.Core.Claims;
using Outflow.Store.Model;
using Outflow.Store.Sql;
using Shouldly;

namespace Outflow.Store.Tests;

/// <summary>The behaviour every backend must show (after Npgsql.Specification.Tests): each test runs on SQLite and on PostgreSQL.</summary>
public abstract class StoreConformanceTests : IAsyncLifetime
{
    private SqlStore? _store;

    protected abstract StoreTarget Target { get; }

    protected SqlStore Store => _store!;

    public async Task InitializeAsync() => _store = await TryOpen();

    private async Task<SqlStore?> TryOpen()
    {
        try { return await Target.OpenAsync(); }
        catch (Xunit.SkipException) { return null; }
    }

    public async Task DisposeAsync()
    {
        if (_store is not null) await _store.DisposeAsync();
        await Target.DisposeAsync();
    }

    private void RequireStore()
    {
        if (_store is null) PostgresTarget.Require();
    }

    [SkippableFact]
    public async Task Ingesting_the_same_content_twice_adds_nothing()
    {
        RequireStore();
        var batch = new[] { Sample.Article("a.txt", 3), Sample.Article("b.txt", 2) };
        (await Store.IngestAsync(batch, "1")).ShouldBe([IngestOutcome.New, IngestOutcome.New]);
        var before = await Store.CountsAsync();
        (await Store.IngestAsync(batch, "1")).ShouldBe([IngestOutcome.Unchanged, IngestOutcome.Unchanged]);
        var after = await Store.CountsAsync();
        after.Documents.ShouldBe(2);
        after.Claims.ShouldBe(5);
        after.Revision.ShouldBe(before.Revision);
        (await Store.KnownHashesAsync([batch[0].Item1.ContentHash, "nope"])).ShouldBe([batch[0].Item1.ContentHash]);
    }

    [SkippableFact]
    public async Task Same_content_under_another_name_is_stored_once()
    {
        RequireStore();
        var (doc, claims) = Sample.Article("a.txt", 1);
        await Store.IngestAsync([(doc, claims)], "1");
        (await Store.IngestAsync([(doc with { Doc = "copy.txt" }, claims)], "1")).ShouldBe([IngestOutcome.Unchanged]);
        (await Store.CountsAsync()).Documents.ShouldBe(1);
    }

    [SkippableFact]
    public async Task A_failing_batch_leaves_nothing_behind()
    {
        RequireStore();
        var good = Sample.Article("good.txt", 2);
        var bad = Sample.Article("bad.txt", 2);
        var broken = bad.Item2.Select(c => c with { Quote = null! }).ToList();
        await Should.ThrowAsync<Exception>(() => Store.IngestAsync([good, (bad.Item1, broken)], "1"));
        var counts = await Store.CountsAsync();
        counts.Documents.ShouldBe(0);
        counts.Claims.ShouldBe(0);
        (await Store.IngestAsync([good, bad], "1")).ShouldBe([IngestOutcome.New, IngestOutcome.New]);
    }

    [SkippableFact]
    public async Task A_review_keeps_the_original_and_appends_history()
    {
        RequireStore();
        var (doc, claims) = Sample.Article("a.txt", 2);
        await Store.IngestAsync([(doc, claims)], "1");
        var id = claims[0].Id;
        var revision = await Store.RevisionAsync();
        revision.ShouldBe((await Store.CountsAsync()).Revision);
        var d = await Store.ReviewAsync(new ReviewRequest(id, ReviewAction.Set, new Dictionary<string, string?> { ["destination"] = "pe", ["low"] = "900" }, "checked the ministry page", "ana"));
        (await Store.RevisionAsync()).ShouldBeGreaterThan(revision);
        d.Stored.Status.ShouldBe(ClaimStatus.Corrected);
        d.Stored.Claim.Destination.ShouldBe("PE");
        d.Stored.Claim.Low.ShouldBe(900);
        d.Stored.Original.Destination.ShouldBe("CO");
        d.Stored.Original.Low.ShouldBe(1000);
        d = await Store.ReviewAsync(new ReviewRequest(id, ReviewAction.Reject, new Dictionary<string, string?>(), null, "bob"));
        d.Stored.Status.ShouldBe(ClaimStatus.Rejected);
        d.History.Select(h => (h.Action, h.By)).ShouldBe([(ReviewAction.Set, "ana"), (ReviewAction.Reject, "bob")]);
        d.History[0].Note.ShouldBe("checked the ministry page");
        (await Store.QueryClaimsAsync(new ClaimQuery { Destination = "PE" })).Items.Single().Claim.Id.ShouldBe(id);
        (await Store.QueryClaimsAsync(new ClaimQuery { Status = ClaimStatus.Rejected })).Total.ShouldBe(1);
    }

    [SkippableFact]
    public async Task A_bad_review_is_refused_and_nothing_is_recorded()
    {
        RequireStore();
        var (doc, claims) = Sample.Article("a.txt", 1);
        await Store.IngestAsync([(doc, claims)], "1");
        var bad = new ReviewRequest(claims[0].Id, ReviewAction.Set, new Dictionary<string, string?> { ["measure"] = "teleported" }, null, "ana");
        (await Should.ThrowAsync<ArgumentException>(() => Store.ReviewAsync(bad))).Message.ShouldContain("teleported");
        await Should.ThrowAsync<ArgumentException>(() => Store.ReviewAsync(bad with { Changes = new Dictionary<string, string?> { ["doc"] = "x" } }));
        await Should.ThrowAsync<KeyNotFoundException>(() => Store.ReviewAsync(bad with { ClaimId = "000000000000", Action = ReviewAction.Accept, Changes = new Dictionary<string, string?>() }));
        (await Store.CountsAsync()).Reviews.ShouldBe(0);
    }

    [SkippableFact]
    public async Task Reviews_survive_reextraction_and_new_content_under_the_same_name()
    {
        RequireStore();
        var (doc, claims) = Sample.Article("a.txt", 3);
        await Store.IngestAsync([(doc, claims)], "1");
        await Store.ReviewAsync(new ReviewRequest(claims[1].Id, ReviewAction.Set, new Dictionary<string, string?> { ["source"] = "the ministry" }, null, "ana"));
        await Store.ReviewAsync(new ReviewRequest(claims[2].Id, ReviewAction.Reject, new Dictionary<string, string?>(), null, "ana"));

        // a newer extractor finds the same spans with different values, and one more claim
        var newer = claims.Select(c => c with { Low = c.Low + 1, High = c.High + 1 }).Append(Sample.Claim("a.txt", 80, 85, 7)).ToList();
        await Store.ReplaceClaimsAsync([("a.txt", newer)], "2");
        var after = await Store.GetClaimAsync(claims[1].Id);
        after!.Stored.Claim.Source.ShouldBe("the ministry");
        after.Stored.Claim.Low.ShouldBe(2001);
        after.Stored.ExtractorVersion.ShouldBe("2");
        (await Store.GetClaimAsync(claims[2].Id))!.Stored.Status.ShouldBe(ClaimStatus.Rejected);
        (await Store.CountsAsync()).Claims.ShouldBe(4);
        await foreach (var _ in Store.DocumentsAsync("2")) throw new ShouldAssertException("every document is at version 2");

        // the file changes on disk: same name, new content
        var changed = Sample.Doc("a.txt", doc.Text + "\nUpdate: more arrivals.");
        (await Store.IngestAsync([(changed, claims)], "2")).ShouldBe([IngestOutcome.Updated]);
        (await Store.GetClaimAsync(claims[1].Id))!.Stored.Claim.Source.ShouldBe("the ministry");
        (await Store.GetDocumentAsync("a.txt"))!.Text.ShouldEndWith("more arrivals.");
    }

    [SkippableFact]
    public async Task Filters_sorting_and_paging_agree_on_every_backend()
    {
        RequireStore();
        var claims = new List<Claim>
        {
            Sample.Claim("m.txt", 0, 5, 500, to: "2023-01-10", source: "UNHCR", quote: "Some 500 crossed into Colombia"),
            Sample.Claim("m.txt", 10, 15, 300, destination: "PE", to: "2023-03-02", quote: "300 reached Peru"),
            Sample.Claim("m.txt", 20, 25, 900, measure: Measure.Departures, destination: null, to: null, quote: "900 left the country"),
            Sample.Claim("m.txt", 30, 35, 100, origin: "SD", destination: "TD", to: "2023-06", source: "IOM", quote: "100_% 'quoted' crossed"),
        };
        await Store.IngestAsync([(Sample.Doc("m.txt", "text"), claims)], "1");
        async Task<string[]> Ids(ClaimQuery q) => (await Store.QueryClaimsAsync(q)).Items.Select(c => c.Claim.Quote[..3]).ToArray();

        (await Ids(new ClaimQuery { Origin = "ve" })).Length.ShouldBe(3);
        (await Ids(new ClaimQuery { Destination = "PE" })).ShouldBe(["300"]);
        (await Ids(new ClaimQuery { Measure = Measure.Departures })).ShouldBe(["900"]);
        (await Ids(new ClaimQuery { Search = "COLOMBIA" })).ShouldBe(["Som"]);
        (await Ids(new ClaimQuery { Search = "_%" })).ShouldBe(["100"]);
        (await Ids(new ClaimQuery { Search = "'; DROP TABLE claims; --" })).ShouldBeEmpty();
        (await Ids(new ClaimQuery { Source = "unhcr" })).ShouldBe(["Som"]);
        (await Ids(new ClaimQuery { From = new DateOnly(2023, 2, 1), To = new DateOnly(2023, 6, 30) })).ShouldBe(["100", "300"]);
        (await Ids(new ClaimQuery { Sort = "low" })).ShouldBe(["100", "300", "Som", "900"]);
        (await Ids(new ClaimQuery { Sort = "-to" })).ShouldBe(["100", "300", "Som", "900"]);
        (await Ids(new ClaimQuery { Sort = "destination" })).ShouldBe(["Som", "300", "100", "900"]);
        var page = await Store.QueryClaimsAsync(new ClaimQuery { Sort = "low", Offset = 1, Limit = 2 });
        page.Total.ShouldBe(4);

        // statistics can be refreshed at any time, twice in a row too, and change no answer
        await Store.RefreshStatisticsAsync();
        await Store.RefreshStatisticsAsync();
        (await Ids(new ClaimQuery { Sort = "low" })).ShouldBe(["100", "300", "Som", "900"]);

        // documents are searched by the same rules: case-insensitive, '%' and '_' are literal
        await Store.IngestAsync([(Sample.Doc("rates.txt", "other text", title: "Arrivals up 40% in_May"), [])], "1");
        async Task<string[]> Docs(string search) => (await Store.ListDocumentsAsync(search, 0, 10)).Items.Select(d => d.Doc).ToArray();
        (await Docs("IN_MAY")).ShouldBe(["rates.txt"]);
        (await Docs("40%")).ShouldBe(["rates.txt"]);
        (await Docs("%")).ShouldBe(["rates.txt"]);
        (await Docs("M.TXT")).ShouldBe(["m.txt"]);
        page.Items.Select(c => c.Claim.Low).ShouldBe([300d, 500d]);
        Should.Throw<ArgumentException>(() => Store.QueryClaimsAsync(new ClaimQuery { Sort = "id; DROP TABLE claims" }));
        (await Store.OriginsAsync()).ShouldBe([("VE", 3L), ("SD", 1L)]);
    }

    [SkippableFact]
    public async Task Claims_stream_in_document_order_and_details_carry_context()
    {
        RequireStore();
        var text = "Title line\n\nFirst paragraph.\nAbout 12,000 people crossed into Colombia this week, officials said.\nLast line.";
        var start = text.IndexOf("About 12,000", StringComparison.Ordinal);
        var claim = Sample.Claim("c.txt", start, start + 12, 12000);
        await Store.IngestAsync([(Sample.Doc("c.txt", text, "A title"), [claim])], "1");
        var detail = await Store.GetClaimAsync(claim.Id);
        var (paragraph, s, e) = detail!.Context();
        paragraph.ShouldBe("About 12,000 people crossed into Colombia this week, officials said.");
        paragraph[s..e].ShouldBe("About 12,000");
        detail.Document.Title.ShouldBe("A title");
        var streamed = new List<StoredClaim>();
        await foreach (var c in Store.StreamClaimsAsync(new ClaimQuery().All())) streamed.Add(c);
        streamed.Single().Claim.ShouldBe(claim with { Confidence = streamed[0].Claim.Confidence });
    }

    [SkippableFact]
    public async Task Reopening_applies_no_migration_twice_and_reviews_are_append_only()
    {
        RequireStore();
        var (doc, claims) = Sample.Article("a.txt", 1);
        await Store.IngestAsync([(doc, claims)], "1");
        await Store.ReviewAsync(new ReviewRequest(claims[0].Id, ReviewAction.Accept, new Dictionary<string, string?>(), null, "ana"));
        await using (var again = await Target.OpenAsync()) (await again.CountsAsync()).Documents.ShouldBe(1);
        await Should.ThrowAsync<StoreException>(() => Store.ExecuteForTestAsync("UPDATE reviews SET by = 'mallory'"));
        await Should.ThrowAsync<StoreException>(() => Store.ExecuteForTestAsync("DELETE FROM reviews"));
        (await Store.GetClaimAsync(claims[0].Id))!.History.Single().By.ShouldBe("ana");
    }
}
