using Outflow.Core.Claims;
using Outflow.Estimation.Evidence;
using Shouldly;
using Xunit;

namespace Outflow.Estimation.Tests;

/// <summary>Reviewer decisions are honoured: rejected claims are excluded (and listed), corrected ones used, reviewed ones outrank.</summary>
public sealed class ReviewTests
{
    [Fact]
    public void Rejected_claim_is_excluded_and_listed_never_used()
    {
        var good = Make.Claim(98_000, "2022-09-28");
        var rejected = Make.Claim(900_000, "2022-09-27", review: ReviewState.Rejected);
        var r = Run.Estimate(good, rejected);
        var s = r.Series();
        s.Excluded.ShouldBe([rejected.Claim.Id]);
        s.Facts.SelectMany(f => f.ClaimIds).ShouldNotContain(rejected.Claim.Id);
        s.Conflicts.ShouldBeEmpty();
        r.ClaimsExcluded.ShouldBe(1);
        r.ClaimsUsed.ShouldBe(1);
    }

    [Fact]
    public void Corrected_claim_is_used_as_corrected()
    {
        var original = Make.Claim(9_800, "2022-09-28");
        var corrected = original with { Claim = original.Claim with { Low = 98_000, High = 98_000 }, Review = ReviewState.Corrected };
        var s = Run.Estimate(corrected).Series();
        s.Facts.Single().Low.ShouldBe(98_000);
        s.Facts.Single().Reviewed.ShouldBeTrue();
        s.Facts.Single().Citations.Single().Review.ShouldBe(ReviewState.Corrected);
    }

    [Fact]
    public void Reviewed_claim_outranks_an_unreviewed_official_one()
    {
        var official = Make.Claim(200_000, "2022-10-01", Qualifier.AtLeast, source: "the interior ministry");
        var accepted = Make.Claim(150_000, "2022-10-05", review: ReviewState.Accepted);
        var s = Run.Estimate(official, accepted).Series();
        var c = s.Conflicts.ShouldHaveSingleItem();
        c.SetAside.ShouldBe([s.FactOf(official).Id]);
        c.Reason.ShouldContain("reviewed claim outranks an unreviewed");
        s.FactOf(accepted).SetAside.ShouldBeFalse();
    }

    [Fact]
    public void When_all_are_reviewed_the_rest_of_the_rule_decides()
    {
        var official = Make.Claim(200_000, "2022-10-01", Qualifier.AtLeast, source: "the interior ministry", review: ReviewState.Accepted);
        var accepted = Make.Claim(150_000, "2022-10-05", review: ReviewState.Accepted);
        var s = Run.Estimate(official, accepted).Series();
        s.Conflicts.ShouldHaveSingleItem().SetAside.ShouldBe([s.FactOf(accepted).Id]);
    }

    [Fact]
    public void A_reviewed_repeat_makes_the_whole_fact_reviewed()
    {
        var a = Make.Claim(200_000, "2022-10-04", Qualifier.AtLeast, source: "UNHCR");
        var b = Make.Claim(200_000, "2022-10-04", Qualifier.AtLeast, source: "UNHCR", review: ReviewState.Accepted);
        Run.Estimate(a, b).Series().Facts.Single().Reviewed.ShouldBeTrue();
    }
}
