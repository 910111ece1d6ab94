using Outflow.Cli.Commands;
using Outflow.Core.Claims;
using Outflow.Estimation.Evidence;
using Outflow.Estimation.Options;
using Shouldly;
using Spectre.Console;
using Xunit;

namespace Outflow.Estimation.Tests;

/// <summary>`outflow estimate` through a test console: the tables, and the band chart with conflicts for one destination.</summary>
public sealed class CliTests
{
    private static (int Code, string Text) Render(EstimateOptions options, params EvidenceClaim[] claims)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 200;
        var code = EstimateCommand.Run(() => claims, options, "table", null, [], console);
        return (code, writer.ToString());
    }

    [Fact]
    public void Table_lists_each_destination_with_estimate_and_range()
    {
        var (code, text) = Render(new EstimateOptions(),
            Make.Claim(98_000, "2022-09-28"),
            Make.Claim(93_000, "2022-10-04", Qualifier.AtLeast, dest: "GE"),
            Make.Claim(400_000, "2022-10-04", Qualifier.Nearly, measure: Measure.Departures, dest: null));
        code.ShouldBe(0);
        text.ShouldContain("KZ");
        text.ShouldContain("GE");
        text.ShouldContain("98,000");
        text.ShouldContain("Total departures");
    }

    [Fact]
    public void With_a_destination_the_band_is_drawn_and_conflicts_quoted()
    {
        var official = Make.Claim(200_000, "2022-10-01", Qualifier.AtLeast, source: "the interior ministry");
        var low = Make.Claim(150_000, "2022-10-05");
        var (_, text) = Render(new EstimateOptions { Destination = "KZ" }, Make.Claim(98_000, "2022-09-28"), official, low);
        text.ShouldContain(Run.KzSince);
        text.ShouldContain("█");
        text.ShouldContain("conflict");
        text.ShouldContain(low.Claim.Quote);
    }
}
