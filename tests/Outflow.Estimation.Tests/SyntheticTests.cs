using Outflow.Cli.Bench;
using Outflow.Estimation.Options;
using Shouldly;
using Xunit;

namespace Outflow.Estimation.Tests;

/// <summary>The benchmark's synthetic claims: a small run gives every kind of result, and is deterministic.</summary>
public sealed class SyntheticTests
{
    [Fact]
    public void Small_synthetic_run_has_series_facts_conflicts_and_totals_and_is_deterministic()
    {
        var claims = SyntheticClaims.Generate(20_000).ToList();
        var a = Estimator.Estimate(claims, new EstimateOptions());
        a.ClaimsUsed.ShouldBe(20_000);
        a.Series.Count.ShouldBeGreaterThan(100);
        a.Series.Sum(s => s.Facts.Count).ShouldBeLessThan(20_000); // repeats merged
        a.Series.Sum(s => s.Conflicts.Count).ShouldBeGreaterThan(0);
        a.Totals.ShouldContain(t => t.Departures != null && t.SumOfDestinations != null);
        var b = Estimator.Estimate(SyntheticClaims.Generate(20_000), new EstimateOptions());
        Report.EstimateJson.Serialize(b).ShouldBe(Report.EstimateJson.Serialize(a));
    }
}
