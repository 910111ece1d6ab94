using Outflow.Core.Csv;
using System.CommandLine;
using System.Globalization;
using Outflow.Cli.Input;
using Outflow.Estimation;
using Outflow.Estimation.Evidence;
using Outflow.Estimation.Options;
using Outflow.Estimation.Report;
using Spectre.Console;

namespace Outflow.Cli.Commands;

/// <summary>
/// `outflow estimate [--origin RU] [--destination KZ] [--as-of DATE] [--format table|json|csv] [--claims FILE.jsonl]
/// [--meta docs.jsonl] [PATH...]`: reconciles claims into estimates per series, with totals, waves and conflicts.
/// </summary>
public static class EstimateCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders of articles to extract claims from (default: the claims in the store)", Arity = ArgumentArity.ZeroOrMore };
        var claims = new Option<string?>("--claims") { Description = "Claims as JSON Lines (the output of `outflow extract`) instead of extracting PATHs" };
        var meta = new Option<string?>("--meta") { Description = "docs.jsonl with publication dates and titles" };
        var origin = new Option<string?>("--origin") { Description = "Only this origin (ISO code, e.g. RU)" };
        var destination = new Option<string?>("--destination") { Description = "Only this destination (ISO or group code, e.g. KZ); also draws the band and lists conflicts" };
        var series = new Option<string?>("--series") { Description = "With --destination: the series id to chart (default: the cumulative series with most facts)" };
        var asOf = new Option<string?>("--as-of") { Description = "Use only what was known on this date (YYYY-MM-DD)" };
        var tolerance = new Option<double>("--approx-tolerance") { Description = "Relative width given to 'about X' figures", DefaultValueFactory = _ => 0.10 };
        var format = new Option<string>("--format", "-f") { Description = "Output format: table, json or csv", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var cmd = new Command("estimate", "Reconcile claims into estimates with ranges, named conflicts, totals and waves")
            { paths, claims, meta, origin, destination, series, asOf, tolerance, format };
        var store = new StoreOptions();
        store.AddTo(cmd);
        cmd.SetAction(r =>
        {
            var errors = new List<string>();
            var metaMap = MetaFile.Load(r.GetValue(meta), errors);
            var files = r.GetValue(paths) ?? [];
            // claims come from a JSONL file, from documents extracted now, or (the default) from the store
            var source = r.GetValue(claims) is { } file
                ? EvidenceSource.FromJsonl(file, metaMap, errors)
                : files.Length > 0
                    ? EvidenceSource.FromDocuments(files, metaMap, errors)
                    : FromStore(r, store, r.GetValue(origin));
            DateOnly? date = null;
            if (r.GetValue(asOf) is { } s)
            {
                if (!DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    Console.Error.WriteLine($"error: --as-of: '{s}' is not a date (YYYY-MM-DD)");
                    return 2;
                }
                date = d;
            }
            var options = new EstimateOptions
            {
                AsOf = date, Origin = r.GetValue(origin), Destination = r.GetValue(destination), ApproxTolerance = r.GetValue(tolerance),
            };
            return Run(source, options, r.GetValue(format)!, r.GetValue(series), errors, AnsiConsole.Console);
        });
        return cmd;
    }

    private static Func<IEnumerable<EvidenceClaim>> FromStore(ParseResult r, StoreOptions store, string? origin) => () =>
    {
        try
        {
            var s = store.OpenAsync(r, CancellationToken.None).GetAwaiter().GetResult();
            try
            {
                return Outflow.Web.Estimates.StoreEvidence.LoadAsync(s, origin?.ToUpperInvariant(), CancellationToken.None).GetAwaiter().GetResult();
            }
            finally
            {
                s.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        }
        catch (Outflow.Store.StoreException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return [];
        }
    };

    /// <summary>Estimates from any claim source and writes the report; returns 1 when some input failed.</summary>
    public static int Run(Func<IEnumerable<EvidenceClaim>> source, EstimateOptions options, string format, string? seriesId, List<string> errors, IAnsiConsole console)
    {
        var report = Estimator.Estimate(source(), options);
        foreach (var e in errors) Console.Error.WriteLine($"error: {e}");
        switch (format)
        {
            case "json":
                using (var stdout = Console.OpenStandardOutput()) EstimateJson.Serialize(stdout, report, indented: true);
                Console.WriteLine();
                break;
            case "csv":
                var csv = new CsvOut(Console.Out);
                EstimateWriters.WriteCsv(csv, report);
                csv.Flush();
                break;
            default:
                EstimateWriters.WriteTables(console, report);
                if (options.Destination is not null) EstimateWriters.WriteSeriesDetail(console, report, seriesId);
                break;
        }
        Console.Error.WriteLine($"{report.ClaimsUsed} claim(s) used, {report.ClaimsExcluded} rejected, {report.Series.Count} series, " +
            $"{report.Series.Sum(s => s.Conflicts.Count)} conflict(s)");
        return errors.Count > 0 ? 1 : 0;
    }
}
