using Outflow.Extraction.Figures;
using Outflow.Extraction.Knowledge;
using Xunit;

namespace Outflow.Extraction.Tests;

/// <summary>Numbers in digits and words, with scales, separators and qualifiers (cases named by input).</summary>
public sealed class NumberTests
{
    private static readonly FigureExtractor Figures = new(KnowledgeBase.Default);

    [Theory]
    [InlineData("370,000", false, 370000)]
    [InlineData("130.000", false, 130000)]
    [InlineData("460 000", false, 460000)]
    [InlineData("1493", false, 1493)]
    [InlineData("1,2", true, 1.2)]
    [InlineData("1.2", true, 1.2)]
    [InlineData("0.246013", true, 0.246013)]
    [InlineData("1,234.5", false, 1234.5)]
    [InlineData("3,13,000", false, 313000)]
    [InlineData("12,34,567", false, 1234567)]
    [InlineData("1,20,50,000", false, 12050000)]
    public void Digits(string input, bool scale, double expected)
    {
        Assert.True(NumberReader.TryReadDigits(input, scale, out var v));
        Assert.Equal(expected, v, 6);
    }

    [Theory]
    [InlineData("one million people left", "one million", "1000000", "1000000", "Exact")]
    [InlineData("194 thousand people left", "194 thousand", "194000", "194000", "Exact")]
    [InlineData("1.2m people left", "1.2m", "1200000", "1200000", "Exact")]
    [InlineData("1,2 million people left", "1,2 million", "1200000", "1200000", "Exact")]
    [InlineData("2 lakh people left", "2 lakh", "200000", "200000", "Exact")]
    [InlineData("about 3,13,000 people left", "about 3,13,000", "313000", "313000", "Approx")]
    [InlineData("4,50,000-5,00,000 people left", "4,50,000-5,00,000", "450000", "500000", "Range")]
    [InlineData("100K people left", "100K", "100000", "100000", "Exact")]
    [InlineData("0.246013 million people left", "0.246013 million", "246013", "246013", "Exact")]
    [InlineData("5,000-6,000 people left", "5,000-6,000", "5000", "6000", "Range")]
    [InlineData("between 50,000 and 70,000 people left", "between 50,000 and 70,000", "50000", "70000", "Range")]
    [InlineData("approximately 50,000-70,000 people left", "approximately 50,000-70,000", "50000", "70000", "Range")]
    [InlineData("tens of thousands of people left", "tens of thousands", "10000", "99999", "Order")]
    [InlineData("hundreds of thousands of people left", "hundreds of thousands", "100000", "999999", "Order")]
    [InlineData("thousands of people left", "thousands", "1000", "9999", "Order")]
    [InlineData("more than 370,000 people left", "more than 370,000", "370000", null, "AtLeast")]
    [InlineData("as many as 90,000 people left", "as many as 90,000", null, "90000", "AtMost")]
    [InlineData("nearly 300,000 people left", "nearly 300,000", null, "300000", "Nearly")]
    [InlineData("about 19,200 people left", "about 19,200", "19200", "19200", "Approx")]
    [InlineData("half a million people left", "half a million", "500000", "500000", "Exact")]
    [InlineData("twenty-five thousand people left", "twenty-five thousand", "25000", "25000", "Exact")]
    [InlineData("six miles of traffic", "six miles", "9.7", "9.7", "Exact")]
    [InlineData("tens of kilometres long", "tens of kilometres", "10", "99", "Order")]
    public void Figures_in_a_sentence(string input, string text, string? low, string? high, string qualifier)
    {
        var f = Assert.Single(Figures.Find(input, []));
        Assert.Equal(text, f.Text);
        Assert.Equal(low is null ? null : double.Parse(low, System.Globalization.CultureInfo.InvariantCulture), f.Low);
        Assert.Equal(high is null ? null : double.Parse(high, System.Globalization.CultureInfo.InvariantCulture), f.High);
        Assert.Equal(qualifier, f.Qualifier.ToString());
    }

    [Theory]
    [InlineData("prices rose 27% in a week")]
    [InlineData("he was 24th in line")]
    [InlineData("see note [12] below")]
    [InlineData("at 12:00 noon")]
    public void Not_figures(string input) => Assert.Empty(Figures.Find(input, []));
}
