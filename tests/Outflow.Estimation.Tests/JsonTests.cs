using System.Text.Json;
using Outflow.Core.Claims;
using Outflow.Estimation.Report;
using Shouldly;
using Xunit;

namespace Outflow.Estimation.Tests;

/// <summary>The report's JSON: snake_case names, enums as ANNOTATION.md strings, and it reads back.</summary>
public sealed class JsonTests
{
    [Fact]
    public void Report_serialises_with_snake_case_names_and_enum_strings()
    {
        var r = Run.Estimate(
            Make.Claim(98_000, "2022-09-28"),
            Make.Claim(200_000, "2022-10-04", Qualifier.AtLeast, source: "the interior ministry"),
            Make.Claim(150_000, "2022-10-06", population: Population.ItWorkers));
        var json = EstimateJson.Serialize(r);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        root.GetProperty("as_of").GetString().ShouldBe("2022-10-06");
        root.GetProperty("options").GetProperty("approx_tolerance").GetDouble().ShouldBe(0.10);
        root.GetProperty("options").GetProperty("set_aside_rule")[0].GetString().ShouldBe("review");
        var series = root.GetProperty("series")[0];
        series.GetProperty("kind").GetString().ShouldBe("cumulative");
        series.GetProperty("measure").GetString().ShouldBe("arrivals");
        series.GetProperty("baseline").GetString().ShouldBe("2022-09-21");
        var fact = series.GetProperty("facts")[1];
        fact.GetProperty("qualifier").GetString().ShouldBe("at_least");
        fact.GetProperty("source_kind").GetString().ShouldBe("official");
        fact.GetProperty("claim_ids").GetArrayLength().ShouldBe(1);
        fact.GetProperty("citations")[0].GetProperty("quote").GetString()!.ShouldNotBeEmpty();
        series.GetProperty("band")[0].GetProperty("lower_fact").GetString().ShouldNotBeNull();
        series.GetProperty("estimate").GetProperty("rule").GetString().ShouldBe("latest_point");
        json.ShouldContain("\"it_workers\"");
        json.ShouldContain("\"sum_of_destinations\"");
    }

    [Fact]
    public void Report_reads_back()
    {
        var r = Run.Estimate(Make.Claim(98_000, "2022-09-28"), Make.Claim(80_000, "2022-12-01", measure: Measure.Residents));
        var back = EstimateJson.Deserialize(EstimateJson.Serialize(r))!;
        back.Series.Count.ShouldBe(2);
        back.Series[0].Facts[0].Id.ShouldBe(r.Series[0].Facts[0].Id);
        back.Series[0].Kind.ShouldBe(r.Series[0].Kind);
        back.Options.SetAsideRule.ShouldBe(r.Options.SetAsideRule);
    }
}
