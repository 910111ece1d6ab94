using Outflow.Core.Claims;
using Outflow.Estimation.Evidence;
using Outflow.Estimation.Options;
using Shouldly;
using Xunit;

namespace Outflow.Estimation.Tests;

/// <summary>Conflicts are named with their quotes; the stated rule sets the weakest fact aside, never silently.</summary>
public sealed class ConflictTests
{
    [Fact]
    public void Earlier_lower_bound_above_a_later_figure_is_a_named_conflict()
    {
        var official = Make.Claim(200_000, "2022-10-01", Qualifier.AtLeast, source: "Kazakhstan's interior ministry");
        var later = Make.Claim(150_000, "2022-10-05");
        var s = Run.Estimate(official, later).Series();
        var c = s.Conflicts.ShouldHaveSingleItem();
        c.FactIds.ShouldBe([s.FactOf(official).Id, s.FactOf(later).Id]);
        c.ClaimIds.ShouldBe([official.Claim.Id, later.Claim.Id]);
        c.SetAside.ShouldBe([s.FactOf(later).Id]);
        c.Quotes.ShouldBe([official.Claim.Quote, later.Claim.Quote]);
        c.Reason.ShouldContain("official source outranks an unattributed");
        s.FactOf(later).SetAside.ShouldBeTrue();
        s.FactOf(later).SetAsideReason.ShouldNotBeNull();
        s.Band.ShouldAllBe(b => b.Lower == null || b.Upper == null || b.Lower <= b.Upper);
    }

    [Fact]
    public void Precision_decides_between_two_unattributed_facts()
    {
        var order = Make.Claim(1_000, "2022-10-05", Qualifier.Order, high: 9_999);
        var exact = Make.Claim(98_000, "2022-09-28");
        var s = Run.Estimate(order, exact).Series();
        s.Conflicts.ShouldHaveSingleItem().SetAside.ShouldBe([s.FactOf(order).Id]);
        s.Conflicts[0].Reason.ShouldContain("precision: exact outranks order");
    }

    [Fact]
    public void Recency_decides_when_source_and_precision_agree()
    {
        var old = Make.Claim(300_000, "2022-10-01", source: "Reuters", published: "2022-10-02");
        var newer = Make.Claim(250_000, "2022-10-10", source: "Fontanka", published: "2022-10-11");
        var s = Run.Estimate(old, newer).Series();
        s.Conflicts.ShouldHaveSingleItem().SetAside.ShouldBe([s.FactOf(old).Id]);
    }

    [Fact]
    public void The_rule_is_configurable()
    {
        var order = Make.Claim(1_000, "2022-10-05", Qualifier.Order, high: 9_999, source: "UNHCR");
        var exact = Make.Claim(98_000, "2022-09-28");
        var byDefault = Run.Estimate(order, exact).Series();
        byDefault.Conflicts[0].SetAside.ShouldBe([byDefault.FactOf(exact).Id]); // source type before precision
        var precisionFirst = new EstimateOptions { SetAsideRule = [SetAsideCriterion.Precision, SetAsideCriterion.SourceType] };
        var s = Run.Estimate(precisionFirst, order, exact).Series();
        s.Conflicts[0].SetAside.ShouldBe([s.FactOf(order).Id]);
    }

    [Fact]
    public void One_fact_against_many_sets_aside_only_what_the_rule_requires()
    {
        // an official "more than 500,000" early, then three smaller unattributed figures: each is set aside alone
        var official = Make.Claim(500_000, "2022-09-25", Qualifier.AtLeast, source: "the border service");
        var small = new[] { 100_000.0, 120_000, 140_000 }.Select((v, i) => Make.Claim(v, $"2022-10-0{i + 1}")).ToArray();
        var s = Run.Estimate([official, .. small]).Series();
        s.Conflicts.Count.ShouldBe(3);
        s.Facts.Count(f => f.SetAside).ShouldBe(3);
        s.FactOf(official).SetAside.ShouldBeFalse();
    }

    [Fact]
    public void Same_date_stock_figures_that_disagree_conflict_but_counts_without_baseline_do_not()
    {
        var stock = Run.Estimate(
            Make.Claim(132_000, "2023-01-16", measure: Measure.Residents, dest: "TR", from: null, source: "RIA Novosti"),
            Make.Claim(158_000, "2023-01-16", Qualifier.AtLeast, measure: Measure.Residents, dest: "TR", from: null, source: "the migration department"));
        stock.Series.Single().Conflicts.ShouldHaveSingleItem();

        var unknown = Run.Estimate(
            Make.Claim(3_350, "2023-07-26", measure: Measure.Asylum, dest: "FR", from: null, source: "Eurostat"),
            Make.Claim(550, "2023-07-26", measure: Measure.Asylum, dest: "FR", from: null)).Series.Single();
        unknown.Conflicts.ShouldBeEmpty();
        unknown.Band.Single().Lower.ShouldBe(550);
        unknown.Band.Single().Upper.ShouldBe(3_350);
    }
}
