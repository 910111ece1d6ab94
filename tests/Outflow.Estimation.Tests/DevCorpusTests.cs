using Outflow.Cli.Input;
using Outflow.Core.Claims;
using Outflow.Estimation.Evidence;
using Outflow.Estimation.Options;
using Outflow.Estimation.Report;
using Outflow.Estimation.Series;
using Outflow.Extraction.Pipeline;
using Outflow.Extraction.Text;
using Shouldly;
using Xunit;
using Xunit.Abstractions;

namespace Outflow.Estimation.Tests;

/// <summary>The dev corpus end to end: extract ../shared/corpus/dev, estimate, check the structure of the result.</summary>
/// <remarks>No figure from the corpus is asserted: only that series, bands, facts and totals hold together.</remarks>
public sealed class DevCorpusTests(ITestOutputHelper output)
{
    private static readonly Lazy<EstimateReport?> Report = new(Build);

    private static string? FindUp(params string[] relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine([dir.FullName, .. relative]);
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }

    private static EstimateReport? Build()
    {
        if (FindUp("shared", "corpus", "dev") is not { } corpus) return null;
        var errors = new List<string>();
        var meta = MetaFile.Load(Path.Combine(corpus, "docs.jsonl"), errors);
        var claims = EvidenceSource.FromDocuments([Path.Combine(corpus, "docs")], meta, errors)().ToList();
        errors.ShouldBeEmpty();
        return Estimator.Estimate(claims, new EstimateOptions());
    }

    private EstimateReport Dev()
    {
        Skip.If(Report.Value is null, "../shared/corpus/dev is not present beside the repository: dev-corpus estimates not checked");
        var r = Report.Value!;
        output.WriteLine($"{r.ClaimsUsed} claims, {r.Series.Count} series, {r.Series.Sum(s => s.Facts.Count)} facts, " +
            $"{r.Series.Sum(s => s.Conflicts.Count)} conflicts, {r.Totals.Count} totals, {r.Waves.Count} waves");
        return r;
    }

    [SkippableFact]
    public void Kazakhstan_since_mobilization_holds_a_first_week_and_a_later_report_inside_one_band()
    {
        var s = Dev().Series.Single(x => x.Origin == "RU" && x.Destination == "KZ" && x.Measure == Measure.Arrivals
            && x.Population == Population.General && x.Baseline == "2022-09-21");
        s.Kind.ShouldBe(SeriesKind.Cumulative);
        var dated = s.Facts.Where(f => f.Date is not null).Select(f => Make.Date(f.Date!)).ToList();
        dated.ShouldContain(d => d.Last <= new DateOnly(2022, 9, 28), "a report from the first week after the announcement");
        dated.ShouldContain(d => d.First > new DateOnly(2022, 9, 28), "a later report");
        s.Conflicts.ShouldBeEmpty();
        s.Facts.ShouldContain(f => f.Citations.Count >= 2, "the interior minister's figure is reported by two documents: one fact");
        foreach (var f in s.Facts.Where(f => !f.SetAside && f.Date is { Length: 10 }))
        {
            var p = s.Band.Single(b => b.Date == Make.Date(f.Date!).First);
            (p.Lower is null || f.High is null || p.Lower <= f.High).ShouldBeTrue(f.Id);
            (p.Upper is null || f.Low is null || p.Upper >= f.Low).ShouldBeTrue(f.Id);
        }
        s.Estimate.ShouldNotBeNull();
        for (var i = 1; i < s.Band.Count; i++) (s.Band[i].Lower >= s.Band[i - 1].Lower).ShouldBeTrue();
    }

    [SkippableFact]
    public void Every_cumulative_band_contains_its_kept_day_dated_facts_and_every_conflict_is_explained()
    {
        foreach (var s in Dev().Series.Where(s => s.Kind == SeriesKind.Cumulative && s.Baseline is not null))
        {
            foreach (var f in s.Facts.Where(f => !f.SetAside && f.Date is { Length: 10 }))
            {
                var p = s.Band.Single(b => b.Date == Make.Date(f.Date!).First);
                (p.Lower is null || f.High is null || p.Lower <= f.High).ShouldBeTrue($"{s.Id} {f.Id}");
                (p.Upper is null || f.Low is null || p.Upper >= f.Low).ShouldBeTrue($"{s.Id} {f.Id}");
            }
            foreach (var c in s.Conflicts)
            {
                c.SetAside.ShouldHaveSingleItem();
                c.Quotes.Count.ShouldBe(c.FactIds.Count);
                c.Reason.ShouldContain("Set aside");
                s.Facts.Single(f => f.Id == c.SetAside[0]).SetAside.ShouldBeTrue();
            }
        }
    }

    [SkippableFact]
    public void Russia_has_a_total_departures_series_checked_against_destinations()
    {
        var r = Dev();
        r.Series.Count.ShouldBeGreaterThan(10);
        var totals = r.Totals.Where(t => t.Origin == "RU" && t.Departures is not null && t.SumOfDestinations is not null).ToList();
        totals.ShouldNotBeEmpty();
        foreach (var t in totals)
        {
            output.WriteLine($"RU since {t.Baseline}: departures {t.Departures!.Value}, destinations {t.SumOfDestinations}, gap {t.Gap}");
            t.Gap.ShouldBe(t.Departures!.Value - t.SumOfDestinations);
            r.Series.ShouldContain(s => s.Id == t.DeparturesSeries);
        }
        r.Waves.ShouldContain(w => w.Origin == "RU" && w.Kind == WaveKind.Claims);
    }
}
