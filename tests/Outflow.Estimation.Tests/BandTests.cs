using Outflow.Core.Claims;
using Outflow.Estimation.Options;
using Outflow.Estimation.Report;
using Shouldly;
using Xunit;

namespace Outflow.Estimation.Tests;

/// <summary>The monotone band of a cumulative series and the best estimate inside it.</summary>
public sealed class BandTests
{
    [Fact]
    public void Lower_comes_from_earlier_facts_and_upper_from_later_ones()
    {
        var week = Make.Claim(98_000, "2022-09-28");
        var atLeast = Make.Claim(200_000, "2022-10-04", Qualifier.AtLeast, source: "the interior ministry");
        var atMost = Make.Claim(400_000, "2022-10-20", Qualifier.AtMost);
        var s = Run.Estimate(week, atLeast, atMost).Series();
        s.Conflicts.ShouldBeEmpty();
        s.Band.Select(b => b.Date).ShouldBe([Make.Day("2022-09-28"), Make.Day("2022-10-04"), Make.Day("2022-10-20")]);
        var first = s.At("2022-09-28");
        (first.Lower, first.Upper, first.Estimate).ShouldBe((98_000, 98_000, 98_000));
        var mid = s.At("2022-10-04");
        (mid.Lower, mid.Upper).ShouldBe((200_000, 400_000));
        mid.LowerFact.ShouldBe(s.FactOf(atLeast).Id);
        mid.UpperFact.ShouldBe(s.FactOf(atMost).Id);
        // the latest point figure (98,000) clamped into [200,000, 400,000]
        mid.Estimate.ShouldBe(200_000);
        s.Estimate!.AsOf.ShouldBe(Make.Day("2022-10-20"));
        s.Estimate.Rule.ShouldBe(EstimateRule.LatestPoint);
    }

    [Fact]
    public void Without_a_point_figure_the_estimate_is_the_geometric_midpoint()
    {
        var s = Run.Estimate(
            Make.Claim(100_000, "2022-10-01", Qualifier.AtLeast),
            Make.Claim(400_000, "2022-10-01", Qualifier.AtMost)).Series();
        s.Estimate!.Value!.Value.ShouldBe(200_000, 1e-6);
        s.Estimate.Rule.ShouldBe(EstimateRule.Midpoint);
    }

    [Fact]
    public void One_sided_band_gives_the_bound_and_says_so()
    {
        var s = Run.Estimate(Make.Claim(100_000, "2022-10-01", Qualifier.AtLeast)).Series();
        s.Estimate!.Value.ShouldBe(100_000);
        s.Estimate.High.ShouldBeNull();
        s.Estimate.Rule.ShouldBe(EstimateRule.LowerBound);
        Run.Estimate(Make.Claim(300_000, "2022-10-01", Qualifier.Nearly)).Series().Estimate!.Rule.ShouldBe(EstimateRule.UpperBound);
    }

    [Fact]
    public void Approx_is_widened_by_the_stated_tolerance()
    {
        var about = Make.Claim(100_000, "2022-10-01", Qualifier.Approx);
        var f = Run.Estimate(about).Series().Facts[0];
        f.Low!.Value.ShouldBe(90_000, 1e-6);
        f.High!.Value.ShouldBe(110_000, 1e-6);
        var wide = Run.Estimate(new EstimateOptions { ApproxTolerance = 0.2 }, about).Series().Facts[0];
        wide.Low!.Value.ShouldBe(80_000, 1e-6);

        // an earlier "more than 105,000" fits inside "about 100,000" at 10%, not at 2%
        var earlier = Make.Claim(105_000, "2022-09-25", Qualifier.AtLeast);
        Run.Estimate(earlier, about).Series().Conflicts.ShouldBeEmpty();
        Run.Estimate(new EstimateOptions { ApproxTolerance = 0.02 }, earlier, about).Series().Conflicts.Count.ShouldBe(1);
    }

    [Fact]
    public void Nearly_has_no_low_unless_a_tolerance_is_stated()
    {
        var nearly = Make.Claim(400_000, "2022-10-04", Qualifier.Nearly);
        Run.Estimate(nearly).Series().Facts[0].Low.ShouldBeNull();
        Run.Estimate(new EstimateOptions { NearlyTolerance = 0.1 }, nearly).Series().Facts[0].Low!.Value.ShouldBe(360_000, 1e-6);
    }

    [Fact]
    public void Order_of_magnitude_bounds_are_used_as_given()
    {
        var order = Make.Claim(100_000, "2022-10-04", Qualifier.Order, high: 999_999);
        var f = Run.Estimate(order).Series().Facts[0];
        (f.Low, f.High).ShouldBe((100_000, 999_999));
    }

    [Fact]
    public void Month_precision_fact_bounds_from_below_from_the_end_of_its_month()
    {
        var october = Make.Claim(200_000, "2022-10", Qualifier.AtLeast);
        var s = Run.Estimate(october, Make.Claim(150_000, "2022-10-10")).Series();
        s.Conflicts.ShouldBeEmpty(); // 150,000 on 10 October can precede "more than 200,000 in October"
        s.At("2022-10-31").Lower.ShouldBe(200_000);
        s.At("2022-10-10").Lower.ShouldBe(150_000);
    }

    [Fact]
    public void Undated_facts_are_listed_but_not_in_the_band()
    {
        var s = Run.Estimate(Make.Claim(5_000, null), Make.Claim(7_000, "2022-10-01")).Series();
        s.Facts.Count.ShouldBe(2);
        s.Facts[^1].Date.ShouldBeNull();
        s.Band.Count.ShouldBe(1);
    }

    [Fact]
    public void As_of_leaves_out_what_was_not_yet_known()
    {
        var early = Make.Claim(98_000, "2022-09-28");
        var late = Make.Claim(200_000, "2022-10-04", Qualifier.AtLeast);
        var r = Run.Estimate(new EstimateOptions { AsOf = Make.Day("2022-10-01") }, early, late);
        r.AsOf.ShouldBe(Make.Day("2022-10-01"));
        r.Series().Facts.Count.ShouldBe(1);
    }
}
