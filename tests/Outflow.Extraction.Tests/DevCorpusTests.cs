using Outflow.Cli.Commands;
using Outflow.Cli.Input;
using Outflow.Core.Claims;
using Outflow.Evaluation;
using Outflow.Extraction.Pipeline;
using Outflow.Extraction.Text;
using Xunit;
using Xunit.Abstractions;

namespace Outflow.Extraction.Tests;

/// <summary>Accuracy over the hand-annotated corpora: ../shared/corpus/dev (when present), the bundled samples and heldout/.</summary>
public sealed class DevCorpusTests(ITestOutputHelper output)
{
    // The targets on the dev corpus; the samples floor sits just under the measured figure (ratchet).
    private const double DevStrictFloor = 0.85;
    private const double DevDetectionFloor = 0.92;
    private const double SamplesStrictFloor = 0.98;

    // heldout/ was written blind (0.803 detection / 0.460 strict when it was added), but its errors have since been
    // read as categories to fix (2026-11-23, measured 0.973 / 0.888 after), so it is a development set now, no longer
    // an unseen measure: this floor only catches regressions of the rules written for it
    private const double HeldoutStrictFloor = 0.86;
    private const double HeldoutDetectionFloor = 0.95;

    // The dev corpus scores 0.940 strict: a second, tighter floor catches a regression long before the 0.85.
    private const double DevStrictRegressionFloor = 0.93;

    // heldout2/ was blind (0.901 detection / 0.740 strict, errors never read) until its errors were read as categories
    // (2026-11-23, 0.975 / 0.780 after): a development set now, whose floor catches regressions of those rules.
    private const double Heldout2StrictFloor = 0.76;
    private const double Heldout2DetectionFloor = 0.96;

    // heldout3/ (blind 0.854 / 0.681) and heldout4/ (blind 0.902 / 0.641, then 0.915 / 0.693 after the heldout3 round)
    // had their errors read as categories on 2026-11-23 (0.973 / 0.952 and 0.943 / 0.870 after): development sets now.
    private const double Heldout3StrictFloor = 0.93;
    private const double Heldout3DetectionFloor = 0.96;
    private const double Heldout4StrictFloor = 0.85;
    private const double Heldout4DetectionFloor = 0.93;

    // heldout5/ (blind 0.912 / 0.704, then 0.916 / 0.715) and heldout6/ (blind 0.922 / 0.695) had their errors read as
    // categories on 2026-11-23 (0.947 / 0.816 and 0.953 / 0.803 after): development sets now.
    private const double Heldout5StrictFloor = 0.79;
    private const double Heldout5DetectionFloor = 0.93;
    private const double Heldout6StrictFloor = 0.78;
    private const double Heldout6DetectionFloor = 0.93;

    // heldout7/ (blind 0.844 / 0.604, twice) had its errors read as categories on 2026-11-23 (0.950 / 0.743 after; 0.965 /
    // 0.846 once a part going home stopped voting for the story's people).
    private const double Heldout7StrictFloor = 0.79;
    private const double Heldout7DetectionFloor = 0.93;

    // heldout8/ (blind 0.924 / 0.764) and heldout9/ (blind 0.903 / 0.685, scored after the heldout8 round) had their
    // errors read as categories on 2026-11-23 (0.965 / 0.912 and 0.933 / 0.758 after): development sets now.
    private const double Heldout8StrictFloor = 0.87;
    private const double Heldout8DetectionFloor = 0.94;
    private const double Heldout9StrictFloor = 0.72;
    private const double Heldout9DetectionFloor = 0.91;

    // heldout10/ (blind 0.921 / 0.640) had its errors read as categories on 2026-11-23 (0.943 / 0.784 after).
    private const double Heldout10StrictFloor = 0.75;
    private const double Heldout10DetectionFloor = 0.92;

    // heldout11/ (blind 0.896 / 0.739) and heldout12/ (blind 0.938 / 0.749) had their errors read as categories on
    // 2026-11-23 (0.962 / 0.854 and 0.967 / 0.825 after): development sets now.
    private const double Heldout11StrictFloor = 0.80;
    private const double Heldout11DetectionFloor = 0.93;
    private const double Heldout12StrictFloor = 0.77;
    private const double Heldout12DetectionFloor = 0.93;

    // heldout13/ (blind 0.928 / 0.684, then 0.933 / 0.689 after the heldout11-12 rules) and heldout14/ (blind 0.871 /
    // 0.702, unchanged by those rules) had their errors read on 2026-11-23 (0.933 / 0.790 and 0.933 / 0.889 after).
    private const double Heldout13StrictFloor = 0.74;
    private const double Heldout13DetectionFloor = 0.90;
    private const double Heldout14StrictFloor = 0.83;
    private const double Heldout14DetectionFloor = 0.90;

    // heldout15/ (blind 0.924 / 0.773, twice) had its errors read on 2026-11-23 (0.968 / 0.849 after).
    private const double Heldout15StrictFloor = 0.79;
    private const double Heldout15DetectionFloor = 0.93;

    // heldout16/ (blind 0.887 / 0.751, then 0.896 / 0.760) had its errors read on 2026-11-23 (0.972 / 0.888 after).
    private const double Heldout16StrictFloor = 0.83;
    private const double Heldout16DetectionFloor = 0.93;

    // heldout17/ (blind 0.903 / 0.821, twice) and heldout18/ (blind 0.922 / 0.814) had their errors read on 2026-11-23
    // (0.985 / 0.936 and 0.942 / 0.837 after): development sets now.
    private const double Heldout17StrictFloor = 0.90;
    private const double Heldout17DetectionFloor = 0.95;
    private const double Heldout18StrictFloor = 0.80;
    private const double Heldout18DetectionFloor = 0.92;

    // heldout19/ (blind 0.916 / 0.731) and heldout21/ (blind 0.900 / 0.660) had their errors read on 2026-11-23 in stop 15
    // (0.930 / 0.763 and 0.961 / 0.843 after): development sets now.
    private const double Heldout19StrictFloor = 0.72;
    private const double Heldout19DetectionFloor = 0.90;
    private const double Heldout21StrictFloor = 0.80;
    private const double Heldout21DetectionFloor = 0.93;

    // heldout20/ (0.926 / 0.787), heldout22/ (0.907 / 0.738) and heldout23/ (0.942 / 0.769) are blind, scored when added;
    // their errors are never read: collapse floors only.
    private const double Heldout20StrictFloor = 0.72;
    private const double Heldout20DetectionFloor = 0.86;
    private const double Heldout22StrictFloor = 0.66;
    private const double Heldout22DetectionFloor = 0.85;
    private const double Heldout23StrictFloor = 0.70;
    private const double Heldout23DetectionFloor = 0.88;

    internal static string? FindUp(params string[] relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine([dir.FullName, .. relative]);
            if (Directory.Exists(candidate) || File.Exists(candidate)) return candidate;
        }
        return null;
    }

    private EvalReport Evaluate(string corpus, bool details = true)
    {
        var errors = new List<string>();
        var meta = MetaFile.Load(Path.Combine(corpus, "docs.jsonl"), errors);
        var gold = EvalCommand.LoadGold(Path.Combine(corpus, "gold.jsonl"), errors);
        Assert.Empty(errors);
        var docs = Directory.Exists(Path.Combine(corpus, "docs")) ? Path.Combine(corpus, "docs") : corpus;
        var predicted = new ExtractionRun(new ClaimExtractor(), new DocumentReader()).Run([docs], meta).SelectMany(r => r.Claims).ToList();
        var report = Scorer.Score(predicted, gold);
        output.WriteLine($"{corpus}: detection F1 {report.Detection.F1:0.000}, strict F1 {report.Strict.F1:0.000} ({predicted.Count} predicted, {gold.Count} gold)");
        // a blind set's errors are counted, never printed (details: false): reading them would make it a tuning set
        if (details) foreach (var m in report.Missed) output.WriteLine($"  missed   {m.Doc} '{m.Text}' {EnumNames.Name(m.Measure)}");
        if (details) foreach (var s in report.Spurious) output.WriteLine($"  spurious {s.Doc} '{s.Text}' {EnumNames.Name(s.Measure)}");
        return report;
    }

    [SkippableFact]
    public void Dev_corpus_scores_at_least_the_recorded_floor()
    {
        var corpus = FindUp("shared", "corpus", "dev");
        Skip.If(corpus is null, "../shared/corpus/dev is not present beside the repository: dev-corpus accuracy not measured");
        // the target (0.85) and, above it, the regression floor
        AssertFloors(corpus!, Math.Max(DevStrictFloor, DevStrictRegressionFloor), DevDetectionFloor);
    }

    [Fact]
    public void Bundled_samples_score_at_least_the_recorded_floor() => AssertFloors(Bundled("samples"), SamplesStrictFloor, 0);

    [Fact]
    public void Held_out_set_does_not_regress_below_its_floor() => AssertFloors(Bundled("heldout"), HeldoutStrictFloor, HeldoutDetectionFloor);

    [Fact]
    public void Second_held_out_set_does_not_regress_below_its_floor() => AssertFloors(Bundled("heldout2"), Heldout2StrictFloor, Heldout2DetectionFloor);

    [Fact]
    public void Third_and_fourth_held_out_sets_do_not_regress_below_their_floors()
    {
        AssertFloors(Bundled("heldout3"), Heldout3StrictFloor, Heldout3DetectionFloor);
        AssertFloors(Bundled("heldout4"), Heldout4StrictFloor, Heldout4DetectionFloor);
    }

    [Fact]
    public void Fifth_and_sixth_held_out_sets_do_not_regress_below_their_floors()
    {
        AssertFloors(Bundled("heldout5"), Heldout5StrictFloor, Heldout5DetectionFloor);
        AssertFloors(Bundled("heldout6"), Heldout6StrictFloor, Heldout6DetectionFloor);
    }

    [Fact]
    public void Seventh_held_out_set_does_not_regress_below_its_floor() => AssertFloors(Bundled("heldout7"), Heldout7StrictFloor, Heldout7DetectionFloor);

    [Fact]
    public void Eighth_and_ninth_held_out_sets_do_not_regress_below_their_floors()
    {
        AssertFloors(Bundled("heldout8"), Heldout8StrictFloor, Heldout8DetectionFloor);
        AssertFloors(Bundled("heldout9"), Heldout9StrictFloor, Heldout9DetectionFloor);
    }

    [Fact]
    public void Tenth_held_out_set_does_not_regress_below_its_floor() => AssertFloors(Bundled("heldout10"), Heldout10StrictFloor, Heldout10DetectionFloor);

    [Fact]
    public void Eleventh_to_sixteenth_held_out_sets_do_not_regress_below_their_floors()
    {
        AssertFloors(Bundled("heldout11"), Heldout11StrictFloor, Heldout11DetectionFloor);
        AssertFloors(Bundled("heldout12"), Heldout12StrictFloor, Heldout12DetectionFloor);
        AssertFloors(Bundled("heldout13"), Heldout13StrictFloor, Heldout13DetectionFloor);
        AssertFloors(Bundled("heldout14"), Heldout14StrictFloor, Heldout14DetectionFloor);
        AssertFloors(Bundled("heldout15"), Heldout15StrictFloor, Heldout15DetectionFloor);
        AssertFloors(Bundled("heldout16"), Heldout16StrictFloor, Heldout16DetectionFloor);
    }

    [Fact]
    public void Seventeenth_and_eighteenth_held_out_sets_do_not_regress_below_their_floors()
    {
        AssertFloors(Bundled("heldout17"), Heldout17StrictFloor, Heldout17DetectionFloor);
        AssertFloors(Bundled("heldout18"), Heldout18StrictFloor, Heldout18DetectionFloor);
    }

    [Fact]
    public void Nineteenth_and_twenty_first_held_out_sets_do_not_regress_below_their_floors()
    {
        AssertFloors(Bundled("heldout19"), Heldout19StrictFloor, Heldout19DetectionFloor);
        AssertFloors(Bundled("heldout21"), Heldout21StrictFloor, Heldout21DetectionFloor);
    }

    [Fact]
    public void Blind_sets_do_not_collapse()
    {
        AssertFloors(Bundled("heldout20"), Heldout20StrictFloor, Heldout20DetectionFloor, details: false);
        AssertFloors(Bundled("heldout22"), Heldout22StrictFloor, Heldout22DetectionFloor, details: false);
        AssertFloors(Bundled("heldout23"), Heldout23StrictFloor, Heldout23DetectionFloor, details: false);
    }

    private static string Bundled(string folder) => FindUp(folder) ?? throw new DirectoryNotFoundException($"{folder}/ not found above the test binaries");

    private void AssertFloors(string corpus, double strictFloor, double detectionFloor, bool details = true)
    {
        var report = Evaluate(corpus, details);
        Assert.True(report.Strict.F1 >= strictFloor, $"{corpus}: strict F1 {report.Strict.F1:0.000} < {strictFloor}");
        Assert.True(report.Detection.F1 >= detectionFloor, $"{corpus}: detection F1 {report.Detection.F1:0.000} < {detectionFloor}");
    }
}
