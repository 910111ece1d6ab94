using Outflow.Estimation.Evidence;
using Outflow.Estimation.Options;
using Outflow.Estimation.Report;

namespace Outflow.Estimation.Tests;

/// <summary>Shortcuts for running the estimator in tests.</summary>
internal static class Run
{
    public static EstimateReport Estimate(params EvidenceClaim[] claims) => Estimator.Estimate(claims, new EstimateOptions());

    public static EstimateReport Estimate(EstimateOptions options, params EvidenceClaim[] claims) => Estimator.Estimate(claims, options);

    public const string KzSince = "RU.KZ.arrivals.general.people.total.2022-09-21";

    public static SeriesEstimate Series(this EstimateReport r, string id = KzSince) =>
        r.Series.Single(s => s.Id == id);

    public static FactView FactOf(this SeriesEstimate s, EvidenceClaim c) =>
        s.Facts.Single(f => f.ClaimIds.Contains(c.Claim.Id));

    public static BandPoint At(this SeriesEstimate s, string day) => s.Band.Single(b => b.Date == Make.Day(day));
}
