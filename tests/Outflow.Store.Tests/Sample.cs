using System.Security.Cryptography;
using System.Text;
using Outflow.Core.Claims;
using Outflow.Core.Dates;
using Outflow.Store.Model;

namespace Outflow.Store.Tests;

/// <summary>Hand-made documents and claims for store tests (fictional text).</summary>
public static class Sample
{
    public static DocumentInput Doc(string name, string text, string? title = null) =>
        new(name, Hash(text), "/tmp/" + name, "https://example.org/" + name, title ?? name, new PartialDate(2023, 5, 2), text, Encoding.UTF8.GetByteCount(text));

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static Claim Claim(string doc, int start, int end, double value, Measure measure = Measure.Arrivals, string? origin = "VE",
        string? destination = "CO", string? to = "2023-05-01", string? source = null, string quote = "quote") => new()
    {
        Doc = doc, Text = value.ToString("N0"), Quote = quote, Measure = measure, Low = value, High = value, Origin = origin,
        Destination = destination, To = PartialDate.TryParse(to, out var d) ? d : null, Source = source, Start = start, End = end,
    };

    public static (DocumentInput, IReadOnlyList<Claim>) Article(string name, int claims, string salt = "")
    {
        var text = $"Headline for {name} {salt}\n\nAbout 12,000 people crossed into the neighbouring country this week.\n\nMore text.";
        var list = Enumerable.Range(0, claims).Select(i => Claim(name, 10 + i * 3, 12 + i * 3, 1000 * (i + 1), quote: $"sentence {i} of {name}")).ToList();
        return (Doc(name, text), list);
    }
}
