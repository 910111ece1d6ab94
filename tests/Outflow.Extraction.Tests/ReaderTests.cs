using Outflow.Extraction.Pipeline;
using Outflow.Extraction.Text;
using Xunit;

namespace Outflow.Extraction.Tests;

/// <summary>HTML and Markdown are reduced to article text; furniture yields no claims.</summary>
public sealed class ReaderTests
{
    [Fact]
    public void Html_scripts_navigation_and_related_boxes_yield_no_claims()
    {
        var html = """
            <!doctype html><html><head><title>Border</title>
            <meta property="article:published_time" content="2023-05-02T10:00:00Z">
            <script>var visitors = 250000; // 250,000 people fled</script><style>.a{width:300px}</style></head>
            <body><nav>Home | 40,000 Russians fled to Georgia</nav>
            <article><h1>Sudanese flee to Chad</h1>
            <p>More than 30,000 Sudanese have crossed into Chad since the war began, the UN refugee agency said.</p>
            </article>
            <aside class="related"><p>Over 90,000 people fled to Egypt</p></aside>
            <footer>12,300 followers</footer></body></html>
            """;
        var doc = new DocumentReader().Read("page.html", System.Text.Encoding.UTF8.GetBytes(html)).Document!;
        Assert.Equal(new DateOnly(2023, 5, 2), doc.Published!.Value.First);
        Assert.DoesNotContain("250", doc.Text);
        Assert.DoesNotContain("Georgia", doc.Text);
        var claims = new ClaimExtractor().Extract(doc);
        var c = Assert.Single(claims);
        Assert.Equal("More than 30,000", c.Text);
        Assert.Equal("TD", c.Destination);
        Assert.Equal("SD", c.Origin);
        Assert.Equal("2023-04-15", c.From?.ToString());
    }

    [Fact]
    public void Html_table_rows_become_one_line_each_and_count_what_the_header_says()
    {
        var html = """
            <html><body><article><h1>Eritreans in the region</h1>
            <p>The March update gives these totals for the main host countries:</p>
            <table><thead><tr><th>Country</th><th>Eritreans (March 2025)</th></tr></thead>
            <tbody><tr><td>Ethiopia</td><td>171,000</td></tr><tr><td>Sudan</td><td><p>126,500</p></td></tr></tbody></table>
            </article></body></html>
            """;
        var doc = new DocumentReader().Read("table.html", System.Text.Encoding.UTF8.GetBytes(html)).Document!;
        Assert.Contains("| Sudan | 126,500 |", doc.Text);
        var claims = new ClaimExtractor().Extract(doc);
        Assert.Equal(["171,000", "126,500"], claims.Select(c => c.Text));
        Assert.All(claims, c => Assert.Equal(Outflow.Core.Claims.Measure.Residents, c.Measure));
        Assert.Equal(["ET", "SD"], claims.Select(c => c.Destination));
        Assert.All(claims, c => Assert.Equal("2025-03", c.To?.ToString()));
    }

    [Fact]
    public void A_live_blog_keeps_every_entry_and_drops_the_teasers_between_them()
    {
        var html = """
            <html><body><nav><a href="/">Home</a></nav>
            <h1>Live: Armenians leave Nagorno-Karabakh</h1>
            <main class="live">
            <article class="entry"><time>21:10</time><p>That is all for today.</p></article>
            <article class="entry"><time>18:30</time><p>Armenia's government says 28,000 people have arrived in Goris since Sunday.</p></article>
            <div class="related"><a href="/x">Over 5,000 cross into Georgia in a day</a></div>
            <article class="entry"><time>09:05</time><p>Drivers say the queue at the Hakari bridge is about 10 km long.</p></article>
            </main>
            <aside class="most-read"><a href="/y">Prices up 12%</a></aside>
            </body></html>
            """;
        var doc = new DocumentReader().Read("live.html", System.Text.Encoding.UTF8.GetBytes(html)).Document!;
        Assert.Contains("28,000", doc.Text);
        Assert.Contains("about 10 km", doc.Text);
        Assert.DoesNotContain("5,000", doc.Text);
        var claims = new ClaimExtractor().Extract(doc);
        Assert.Equal(["28,000", "about 10 km"], claims.Select(c => c.Text));
    }

    [Fact]
    public void A_story_inside_a_container_named_like_furniture_is_still_read()
    {
        var html = """
            <html><body>
            <div class="topbar"><a href="/subscribe">Subscribe</a></div>
            <div class="newsletter">
            <h1>Border brief, week 46</h1>
            <p>Thailand: about 3,200 people crossed from Myawaddy into Mae Sot last week, local officials said.</p>
            <p>Rwanda: the refugee ministry registered 1,150 Burundians at the Nyanza-Lac crossing.</p>
            <p>That is all for this week.</p>
            </div>
            <div class="related"><a href="/x">Over 5,000 cross into Chad</a></div>
            </body></html>
            """;
        var doc = new DocumentReader().Read("brief.html", System.Text.Encoding.UTF8.GetBytes(html)).Document!;
        Assert.Contains("about 3,200", doc.Text);
        Assert.DoesNotContain("5,000", doc.Text);
        Assert.Equal(["about 3,200", "1,150"], new ClaimExtractor().Extract(doc).Select(c => c.Text));
    }

    [Fact]
    public void An_articles_own_header_keeps_its_headline_and_the_sites_header_is_dropped()
    {
        var html = """
            <html><body>
            <header class="masthead"><p>Most read: 40,000 flee floods</p></header>
            <article>
            <header class="entry-header"><p class="kicker">Analysis</p><h1>Venezuela's 7.7m emigrants, a decade on</h1>
            <p class="byline">By A. Writer <span class="share">Share 1,204</span></p></header>
            <p>Colombia alone hosts about 2.8 million of them, the migration authority says.</p>
            </article>
            </body></html>
            """;
        var doc = new DocumentReader().Read("longread.html", System.Text.Encoding.UTF8.GetBytes(html)).Document!;
        Assert.Contains("Venezuela's 7.7m emigrants", doc.Text);
        Assert.DoesNotContain("40,000", doc.Text);
        Assert.DoesNotContain("1,204", doc.Text);
        Assert.Equal(["7.7m", "about 2.8 million"], new ClaimExtractor().Extract(doc).Select(c => c.Text));
    }

    [Fact]
    public void Markdown_links_and_emphasis_are_removed_and_offsets_point_at_the_figure()
    {
        var md = "# Exodus\n\nAround **98,000** Russians entered [Kazakhstan](https://example.org/kz) in a week.\n";
        var doc = new DocumentReader().Read("a.md", System.Text.Encoding.UTF8.GetBytes(md)).Document!;
        Assert.DoesNotContain("https://", doc.Text);
        var c = Assert.Single(new ClaimExtractor().Extract(doc));
        Assert.Equal("Around 98,000", c.Text);
        Assert.Equal(c.Text, doc.Text[c.Start..c.End]);
    }

    [Fact]
    public void Text_after_a_related_or_comments_marker_is_furniture()
    {
        var text = "Refugees arrive\n\nNearly 2,000 Afghans returned from Iran last week, officials said.\n\nComments / 12\n\nRelated\n\nOver 500,000 Syrians fled to Turkey\n";
        var claims = new ClaimExtractor().Extract(new TextDocument("t.txt", text, null, null, null));
        Assert.Equal("Nearly 2,000", Assert.Single(claims).Text);
    }
}
