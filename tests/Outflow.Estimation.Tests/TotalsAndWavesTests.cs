using Outflow.Core.Claims;
using Outflow.Estimation.Report;
using Shouldly;
using Xunit;

namespace Outflow.Estimation.Tests;

/// <summary>Totals against the sum of destinations, and waves in rates and in new claims.</summary>
public sealed class TotalsAndWavesTests
{
    [Fact]
    public void Total_departures_are_checked_against_the_sum_of_country_destinations()
    {
        var r = Run.Estimate(
            Make.Claim(500_000, "2022-10-10", measure: Measure.Departures, dest: null),
            Make.Claim(200_000, "2022-10-04", dest: "KZ"),
            Make.Claim(100_000, "2022-10-04", dest: "GE"),
            Make.Claim(66_000, "2022-10-02", dest: "EU"),
            Make.Claim(9_000, "2022-10-02", dest: "FI", from: "2022-09-24"));
        var t = r.Totals.Single(x => x.Origin == "RU" && x.Baseline == "2022-09-21");
        t.DeparturesSeries.ShouldBe("RU.none.departures.general.people.total.2022-09-21");
        t.Departures!.Value.ShouldBe(500_000);
        t.SumOfDestinations.ShouldBe(300_000);
        t.Gap.ShouldBe(200_000);
        t.Destinations.Select(d => (d.Destination, d.Summed)).ShouldBe([("EU", false), ("GE", true), ("KZ", true)]);
        r.Totals.Single(x => x.Baseline == "2022-09-24").Departures.ShouldBeNull();
    }

    [Fact]
    public void A_peak_in_a_rate_series_is_a_wave_with_its_dates()
    {
        var r = Run.Estimate(
            Make.Claim(1_000, "2022-09-22", per: Rate.Day, dest: "GE"),
            Make.Claim(10_000, "2022-09-25", per: Rate.Day, dest: "GE"),
            Make.Claim(8_000, "2022-09-28", per: Rate.Day, dest: "GE"),
            Make.Claim(3_000, "2022-10-20", per: Rate.Day, dest: "GE"));
        var w = r.Waves.Single(x => x.Kind == WaveKind.Rate);
        (w.Start, w.End, w.Peak, w.PeakValue).ShouldBe((Make.Day("2022-09-25"), Make.Day("2022-09-28"), Make.Day("2022-09-25"), 10_000));
        w.Destination.ShouldBe("GE");
    }

    [Fact]
    public void Weekly_rates_are_read_per_day()
    {
        var r = Run.Estimate(
            Make.Claim(70_000, "2022-09-25", per: Rate.Week, dest: "GE"),
            Make.Claim(7_000, "2022-10-25", per: Rate.Week, dest: "GE"));
        r.Waves.Single(x => x.Kind == WaveKind.Rate).PeakValue.ShouldBe(10_000, 1e-9);
    }

    [Fact]
    public void A_burst_of_new_claims_is_a_wave_of_weeks()
    {
        var claims = new List<Evidence.EvidenceClaim>();
        for (var i = 0; i < 6; i++) claims.Add(Make.Claim(1_000 + i, $"2022-09-2{i}", dest: $"D{i}", published: $"2022-09-2{i}"));
        claims.Add(Make.Claim(5, "2023-03-01", dest: "XA", published: "2023-03-01"));
        var w = Run.Estimate([.. claims]).Waves.Single(x => x.Kind == WaveKind.Claims);
        w.Origin.ShouldBe("RU");
        w.Start.ShouldBe(Make.Day("2022-09-19")); // the Monday of the first busy week
        w.End.ShouldBe(Make.Day("2022-09-25"));
        w.PeakValue.ShouldBe(6);
    }
}
