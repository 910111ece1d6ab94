using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Outflow.Core.Dates;

namespace Outflow.Extraction.Text;

/// <summary>
/// Reduces a saved HTML page to its article text: scripts, styles, navigation, asides and other
/// page furniture are dropped; block elements become lines.
/// </summary>
public static partial class HtmlCleaner
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    private static readonly HashSet<string> DropTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe",
        "svg", "canvas", "button", "select", "input", "textarea", "menu", "dialog", "object", "embed", "figure>img",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "table", "tr", "figcaption", "figure", "br", "hr", "address", "summary", "details",
    };

    [GeneratedRegex(@"(^|[\s_-])(related|promo|advert|ads?|sponsor|share|sharing|social|comments?|newsletter|subscribe|cookie|sidebar|breadcrumbs?|menu|navbar|nav|footer|header|teaser|recommend\w*|popular|outbrain|taboola|paywall|signup|login)($|[\s_-])", RegexOptions.IgnoreCase)]
    private static partial Regex FurnitureClass();

    [GeneratedRegex(@"[ \t\u00A0]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\n\s*\n\s*\n+")]
    private static partial Regex BlankLines();

    public static TextDocument Clean(string name, string html)
    {
        var doc = Parser.ParseDocument(html);
        string? title = Meta(doc, "og:title") ?? doc.QuerySelector("title")?.TextContent?.Trim();
        string? url = doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(doc, "og:url");
        PartialDate? published = null;
        foreach (var candidate in new[]
                 {
                     Meta(doc, "article:published_time"), Meta(doc, "datePublished"), Meta(doc, "date"), Meta(doc, "pubdate"),
                     Meta(doc, "publish-date"), Meta(doc, "dc.date"), Meta(doc, "DC.date.issued"),
                     doc.QuerySelector("[itemprop=datePublished]")?.GetAttribute("content") ?? doc.QuerySelector("[itemprop=datePublished]")?.GetAttribute("datetime"),
                     doc.QuerySelector("time[datetime]")?.GetAttribute("datetime"),
                 })
        {
            if (PartialDate.TryParse(candidate, out var d) && d.IsFullDate) { published = d; break; }
        }

        var root = ArticleRoot(doc) ?? doc.QuerySelector("main") ?? (INode?)doc.Body ?? doc.DocumentElement;
        var sb = new StringBuilder(html.Length / 3);
        // A headline outside <article> is still the article's headline.
        var h1 = doc.QuerySelector("h1");
        if (root is IElement rootEl && h1 is not null && !rootEl.Contains(h1) && !InFurniture(h1))
            sb.Append(h1.TextContent.Trim()).Append('\n');
        Walk(root, sb);
        var text = Spaces().Replace(sb.ToString(), " ");
        var lines = text.Split('\n').Select(l => l.Trim());
        text = BlankLines().Replace(string.Join('\n', lines), "\n\n").Trim();
        return new TextDocument(name, text, string.IsNullOrWhiteSpace(title) ? null : title, published, url);
    }

    /// <summary>
    /// The element holding the story. One &lt;article&gt; is the story; several (a live blog's entries) are read
    /// together: the &lt;main&gt; holding them all, else their common parent, else the longest one.
    /// </summary>
    private static INode? ArticleRoot(IDocument doc)
    {
        var articles = doc.QuerySelectorAll("article")
            .Where(a => !InFurniture(a) && a.ParentElement?.Closest("article") is null)
            .ToList();
        if (articles.Count <= 1) return articles.FirstOrDefault();
        if (doc.QuerySelector("main") is { } main && articles.All(main.Contains)) return main;
        var parent = articles[0].ParentElement;
        if (parent is not null && articles.All(a => a.ParentElement == parent)) return parent;
        return articles.MaxBy(a => a.TextContent.Length);
    }

    private static string? Meta(IDocument doc, string key)
    {
        foreach (var m in doc.QuerySelectorAll("meta"))
        {
            var k = m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop");
            if (k is not null && k.Equals(key, StringComparison.OrdinalIgnoreCase))
            {
                var v = m.GetAttribute("content");
                if (!string.IsNullOrWhiteSpace(v)) return v.Trim();
            }
        }
        return null;
    }

    private static bool InFurniture(IElement e)
    {
        for (var x = e; x is not null; x = x.ParentElement)
            if (IsFurniture(x)) return true;
        return false;
    }

    private static bool IsFurniture(IElement e)
    {
        // (an article's own <header>, "entry-header" and all, holds its headline and standfirst, not the site's banner)
        bool articleHeader = e.LocalName == "header" && e.ParentElement?.Closest("article") is not null;
        if (DropTags.Contains(e.LocalName) && !articleHeader) return true;
        if (e.HasAttribute("hidden") || string.Equals(e.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)) return true;
        var role = e.GetAttribute("role");
        if (role is "navigation" or "banner" or "contentinfo" or "complementary" or "search") return true;
        if (articleHeader) return false;
        var cls = (e.GetAttribute("class") ?? "") + " " + (e.GetAttribute("id") ?? "");
        return cls.Length > 1 && FurnitureClass().IsMatch(cls) && !HoldsTheStory(e);
    }

    /// <summary>
    /// A container named like furniture that holds most of the page's prose is the story itself (a newsletter issue in
    /// <c>&lt;div class="newsletter"&gt;</c>): at least three paragraphs and half the text of the body.
    /// </summary>
    private static bool HoldsTheStory(IElement e)
    {
        if (e.LocalName is not ("div" or "section" or "main" or "article") || e.QuerySelectorAll("p").Length < 3) return false;
        var body = e.Owner?.Body;
        return body is not null && e.TextContent.Length * 2 >= body.TextContent.Length;
    }

    private static void Walk(INode node, StringBuilder sb, bool inCell = false)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    sb.Append(t.Data.Replace('\n', ' ').Replace('\r', ' '));
                    break;
                case IElement e:
                    if (IsFurniture(e)) break;
                    // inside a table cell, paragraphs and breaks stay on the row's line
                    bool block = BlockTags.Contains(e.LocalName) && !inCell;
                    if (block) sb.Append('\n');
                    // a table row is one line, its cells separated as in Markdown: "| Colombia | 2.86 million |"
                    if (e.LocalName is "td" or "th") sb.Append("| ");
                    if (!inCell && e.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "p" or "li" or "blockquote" or "figcaption") sb.Append('\n');
                    if (inCell && BlockTags.Contains(e.LocalName)) sb.Append(' ');
                    Walk(e, sb, inCell || e.LocalName is "td" or "th");
                    if (e.LocalName is "tr" && e.Children.Any(c => c.LocalName is "td" or "th")) sb.Append(" |");
                    if (block) sb.Append('\n');
                    if (e.LocalName is "td" or "th") sb.Append(' ');
                    break;
            }
        }
    }
}
