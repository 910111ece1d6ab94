using System.CommandLine;
using System.Globalization;

using Outflow.Cli.Input;
using Outflow.Core.Csv;
using Outflow.Extraction.Pipeline;
using Outflow.Extraction.Text;
using Spectre.Console;

namespace Outflow.Cli.Commands;

/// <summary>`outflow extract PATH... [--meta docs.jsonl] [--format jsonl|table|csv] [-o FILE]`.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders of articles (.txt, .md, .html, .htm)", Arity = ArgumentArity.OneOrMore };
        var meta = new Option<string?>("--meta") { Description = "docs.jsonl with publication dates, URLs and titles" };
        var format = new Option<string>("--format", "-f") { Description = "Output format: jsonl, table or csv", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "table", "csv");
        var output = new Option<string?>("--output", "-o") { Description = "Write claims to this file instead of standard output" };
        var maxSize = new Option<int>("--max-size") { Description = "Largest document accepted, in MB", DefaultValueFactory = _ => 32 };
        var jobs = JobsOption.Create();
        var cmd = new Command("extract", "Extract source-cited migration figures (claims) from articles") { paths, meta, format, output, maxSize, jobs };
        cmd.SetAction(r => Run(r.GetValue(paths)!, r.GetValue(meta), r.GetValue(format)!, r.GetValue(output), r.GetValue(maxSize), AnsiConsole.Console, r.GetValue(jobs)));
        return cmd;
    }

    public static int Run(string[] paths, string? metaPath, string format, string? outputPath, int maxSizeMb, IAnsiConsole console, int jobs = 1)
    {
        var errors = new List<string>();
        var meta = MetaFile.Load(metaPath, errors);
        foreach (var e in errors) Console.Error.WriteLine($"error: {e}");
        var run = new ExtractionRun(new ClaimExtractor(), new DocumentReader(maxSizeMb * 1024L * 1024)) { Jobs = jobs };
        int files = 0, failed = 0, claims = 0;

        Stream? file = null;
        try
        {
            file = outputPath is null ? null : File.Create(outputPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"error: {outputPath}: cannot write: {ex.Message}");
            return 2;
        }
        // declared before the writer, so they are disposed after it: disposing the writer flushes into them
        using var output = file;
        using var stdout = Console.OpenStandardOutput();
        var stream = file ?? stdout;
        using var text = new StreamWriter(stream, leaveOpen: true);
        var csv = format == "csv" ? new CsvOut(text) : null;
        var table = format == "table" ? ClaimWriters.CreateTable() : null;
        if (csv is not null) ClaimWriters.WriteCsvHeader(csv);

        foreach (var result in run.Run(paths, meta))
        {
            files++;
            if (result.Error is not null) { failed++; Console.Error.WriteLine($"error: {result.Error}"); }
            claims += result.Claims.Count;
            switch (format)
            {
                case "jsonl": ClaimWriters.WriteJsonl(stream, result.Claims); break;
                case "csv": ClaimWriters.WriteCsv(csv!, result.Claims); break;
                default: ClaimWriters.AddRows(table!, result.Claims); break;
            }
        }
        csv?.Flush();
        text.Flush();
        if (table is not null)
        {
            if (file is null) console.Write(table);
            else
            {
                // a file has no terminal width: wide enough that figures and quotes are not broken mid-word
                var c = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(text), Ansi = AnsiSupport.No });
                c.Profile.Width = 240;
                c.Write(table);
            }
        }
        Console.Error.WriteLine($"{files} file(s), {claims} claim(s), {failed} failed");
        return failed > 0 || errors.Count > 0 ? 1 : 0;
    }
}
