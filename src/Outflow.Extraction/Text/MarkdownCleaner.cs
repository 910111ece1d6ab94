using System.Text;
using System.Text.RegularExpressions;
using Outflow.Core.Dates;

namespace Outflow.Extraction.Text;

/// <summary>Reduces Markdown to plain text: heading marks, list bullets, emphasis and link targets removed.</summary>
public static partial class MarkdownCleaner
{
    [GeneratedRegex(@"!\[[^\]]*\]\([^)]*\)")] private static partial Regex Image();
    [GeneratedRegex(@"\[([^\]]+)\]\([^)]*\)")] private static partial Regex Link();
    [GeneratedRegex(@"\[([^\]]+)\]\[[^\]]*\]")] private static partial Regex RefLink();
    [GeneratedRegex(@"^\s{0,3}\[[^\]]+\]:\s*\S+.*$")] private static partial Regex RefDefinition();
    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+")] private static partial Regex Heading();
    [GeneratedRegex(@"^\s*(?:[-*+]|\d{1,3}[.)])\s+")] private static partial Regex Bullet();
    [GeneratedRegex(@"^\s*>\s?")] private static partial Regex Quote();
    [GeneratedRegex(@"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")] private static partial Regex Strong();
    [GeneratedRegex(@"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])")] private static partial Regex Emphasis();
    [GeneratedRegex(@"`([^`]*)`")] private static partial Regex Code();
    [GeneratedRegex(@"<[^>\n]{1,200}>")] private static partial Regex Tag();
    [GeneratedRegex(@"^\s*(?:[-*_]\s*){3,}$")] private static partial Regex Rule();
    [GeneratedRegex(@"^(title|date|published|url):\s*(.+)$", RegexOptions.IgnoreCase)] private static partial Regex FrontField();

    public static TextDocument Clean(string name, string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n").Split('\n');
        var sb = new StringBuilder(markdown.Length);
        string? title = null, url = null;
        PartialDate? published = null;
        int i = 0;
        if (lines.Length > 0 && lines[0].Trim() == "---")
        {
            for (i = 1; i < lines.Length && lines[i].Trim() != "---"; i++)
            {
                var m = FrontField().Match(lines[i].Trim());
                if (!m.Success) continue;
                var v = m.Groups[2].Value.Trim().Trim('"', '\'');
                switch (m.Groups[1].Value.ToLowerInvariant())
                {
                    case "title": title = v; break;
                    case "url": url = v; break;
                    default: if (PartialDate.TryParse(v, out var d)) published = d; break;
                }
            }
            i++;
        }
        bool fence = false;
        for (; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.TrimStart().StartsWith("```") || line.TrimStart().StartsWith("~~~")) { fence = !fence; sb.Append('\n'); continue; }
            if (fence || RefDefinition().IsMatch(line) || Rule().IsMatch(line)) { sb.Append('\n'); continue; }
            bool heading = Heading().IsMatch(line);
            line = Heading().Replace(line, "");
            line = Quote().Replace(line, "");
            line = Bullet().Replace(line, "");
            line = Image().Replace(line, "");
            line = Link().Replace(line, "$1");
            line = RefLink().Replace(line, "$1");
            line = Strong().Replace(line, "$2");
            line = Emphasis().Replace(line, "$2");
            line = Code().Replace(line, "$1");
            line = Tag().Replace(line, "");
            if (heading && title is null) title = line.Trim();
            // Headings and list items are blocks of their own.
            if (heading) sb.Append('\n');
            sb.Append(line.TrimEnd()).Append('\n');
            if (heading) sb.Append('\n');
        }
        return new TextDocument(name, System.Net.WebUtility.HtmlDecode(sb.ToString()).Trim(), title, published, url);
    }
}
