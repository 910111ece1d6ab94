using Outflow.Core.Claims;
using Outflow.Estimation.Options;
using Shouldly;
using Xunit;

namespace Outflow.Estimation.Tests;

/// <summary>Facts: one figure from one source is one fact with all its citations, however many documents repeat it.</summary>
public sealed class FactTests
{
    [Fact]
    public void Same_figure_from_same_source_in_two_documents_is_one_fact_with_both_citations()
    {
        var a = Make.Claim(200_000, "2022-10", Qualifier.AtLeast, source: "Kazakhstan’s interior minister");
        var b = Make.Claim(200_000, "2022-10-04", Qualifier.AtLeast, source: "Kazakhstan's Interior Minister");
        var s = Run.Estimate(a, b).Series();
        s.Facts.Count.ShouldBe(1);
        var f = s.Facts[0];
        f.ClaimIds.ShouldBe([a.Claim.Id, b.Claim.Id], ignoreOrder: true);
        f.Citations.Count.ShouldBe(2);
        f.Date.ShouldBe("2022-10-04"); // the more precise date
        f.SourceKind.ShouldBe(SourceKind.Official);
        f.FoldedRepeat.ShouldBeFalse();
    }

    [Fact]
    public void Close_figures_merge_only_when_their_dates_are_close_whichever_comes_first()
    {
        // the larger figure is dated first: sorting by value puts it after the smaller one, yet five days apart
        // they are two facts (found by the removing-a-claim property)
        var earlier = Make.Claim(196_300, "2022-10-22", Qualifier.AtMost);
        var later = Make.Claim(196_000, "2022-10-27");
        var s = Run.Estimate(earlier, later).Series();
        s.Facts.Count.ShouldBe(2);

        var near = Make.Claim(196_300, "2022-10-25", Qualifier.AtMost);
        Run.Estimate(near, Make.Claim(196_000, "2022-10-27")).Series().Facts.Count.ShouldBe(1);
    }

    [Fact]
    public void Unattributed_repeat_is_folded_into_the_attributed_fact_and_flagged()
    {
        var official = Make.Claim(98_000, "2022-09-28", source: "the border service");
        var repeat = Make.Claim(98_000, "2022-09-30");
        var s = Run.Estimate(official, repeat).Series();
        s.Facts.Count.ShouldBe(1);
        s.Facts[0].FoldedRepeat.ShouldBeTrue();
        s.Facts[0].Source.ShouldBe("the border service");
        s.Facts[0].ClaimIds.Count.ShouldBe(2);
    }

    [Fact]
    public void Unattributed_figure_with_a_far_date_is_not_folded()
    {
        var official = Make.Claim(98_000, "2022-09-28", source: "the border service");
        var later = Make.Claim(98_000, "2022-10-20");
        Run.Estimate(official, later).Series().Facts.Count.ShouldBe(2);
    }

    [Fact]
    public void Different_sources_with_the_same_figure_stay_separate_facts()
    {
        var a = Make.Claim(50_000, "2022-09-28", source: "Reuters");
        var b = Make.Claim(50_000, "2022-09-28", source: "the border service");
        Run.Estimate(a, b).Series().Facts.Count.ShouldBe(2);
    }

    [Fact]
    public void Figures_within_half_a_percent_from_one_source_are_one_fact()
    {
        var a = Make.Claim(100_000, "2022-09-28", source: "UNHCR");
        var b = Make.Claim(100_400, "2022-09-29", source: "UNHCR");
        var c = Make.Claim(103_000, "2022-09-29", source: "UNHCR");
        Run.Estimate(a, b, c).Series().Facts.Count.ShouldBe(2);
    }

    [Fact]
    public void Month_precision_start_joins_the_one_event_start_in_that_month()
    {
        var a = Make.Claim(1_000, "2022-03-10", from: "2022-02-24", dest: "RS");
        var b = Make.Claim(2_000, "2022-04-10", from: "2022-02", dest: "RS");
        var c = Make.Claim(3_000, "2022", from: "2022", dest: "RS");
        var r = Run.Estimate(a, b, c);
        r.Series("RU.RS.arrivals.general.people.total.2022-02-24").ClaimCount.ShouldBe(2);
        r.Series("RU.RS.arrivals.general.people.total.2022").ClaimCount.ShouldBe(1);
    }

    [Fact]
    public void Stocks_rates_queues_and_counts_are_separate_series_of_their_kind()
    {
        var r = Run.Estimate(
            Make.Claim(200_000, "2022-10-04"),
            Make.Claim(80_000, "2022-12-01", measure: Measure.Residents),
            Make.Claim(10_000, "2022-09-25", per: Rate.Day),
            Make.Claim(30, "2022-09-27", measure: Measure.Queue, unit: CountUnit.Km, from: null));
        r.Series.Select(s => s.Kind).ShouldBe(
            [Series.SeriesKind.Cumulative, Series.SeriesKind.Rate, Series.SeriesKind.Stock, Series.SeriesKind.Queue], ignoreOrder: true);
        r.Series.Select(s => s.Id).Distinct().Count().ShouldBe(4);
    }
}
