using Outflow.Core.Dates;
using Outflow.Core.Documents;

namespace Outflow.Web.Tests.Seeding;

/// <summary>
/// A made-up flood exodus from Tajikistan into Kazakhstan and Kyrgyzstan (fictional text, real ISO codes), and one
/// article full of markup (script, event handler, javascript: links) next to a figure, so that it yields a claim.
/// The extractor finds 9 claims from TJ: 5 arrivals in KZ, 3 arrivals in KG and the camps' stock in KG
/// ("Camps near Batken now hold about 6,000 people": residents).
/// </summary>
public static class TestArticles
{
    public const string XssDoc = "a4_rumours_xss.txt";
    public const string XssTitle = "Rumours <img src=x onerror=alert(1)> and figures";
    public const int ClaimCount = 9;
    public const int ArrivalsCount = 8;

    public static readonly IReadOnlyList<TestArticle> All =
    [
        new("a1_kazakhstan_floods_day5.txt", """
            STEPPE COURIER
            Published 10 May 2024

            Tajik flood exodus: 12,000 cross into Kazakhstan

            Some 12,000 Tajik citizens have entered Kazakhstan since the floods began on 3 May, the interior ministry said on Friday.

            Officials in Shymkent opened two schools as shelters. Volunteers handed out water and bread at the crossing.
            """, Meta("a1_kazakhstan_floods_day5.txt", 2024, 5, 10, "Tajik flood exodus: 12,000 cross into Kazakhstan", "https://example.org/steppe-courier/2024/05/10/floods")),
        new("a2_kazakhstan_floods_week3.txt", """
            STEPPE COURIER
            Published 24 May 2024

            Flood exodus grows: 45,000 Tajiks now in Kazakhstan

            More than 45,000 people from Tajikistan have crossed into Kazakhstan since 3 May, border officials said on Thursday.

            In Kyrgyzstan, the emergencies ministry said about 8,000 Tajik citizens had arrived since the floods began.

            Aid groups warned that the shelters in Shymkent were full.
            """, Meta("a2_kazakhstan_floods_week3.txt", 2024, 5, 24, "Flood exodus grows: 45,000 Tajiks now in Kazakhstan", null)),
        new("a3_kyrgyzstan_camps.md", """
            # Kyrgyzstan opens camps as Tajik arrivals reach 15,000

            *Published 1 June 2024*

            Kyrgyzstan has registered 15,000 arrivals from Tajikistan since 3 May, the emergencies ministry said on Saturday.

            Camps near Batken now hold about 6,000 people, local officials said.
            """, Meta("a3_kyrgyzstan_camps.md", 2024, 6, 1, null, null)),
        new(XssDoc, """
            VALLEY NOTES
            Published 2 June 2024

            Rumours and figures <script>alert(1)</script>

            A message shared online with the tag <img src=x onerror=alert(1)> and a link javascript:alert(1) claimed the exodus was over; in fact about 20,000 Tajiks had reached Kazakhstan by 31 May, the interior ministry said <script>alert(1)</script>.

            Officials asked readers not to click on <a href="javascript:alert(1)">such links</a>.
            """, Meta(XssDoc, 2024, 6, 2, XssTitle, "javascript:alert(1)")),
    ];

    private static DocumentMeta Meta(string doc, int y, int m, int d, string? title, string? url) =>
        new(doc, new PartialDate(y, m, d), url, title);
}
