using Outflow.Cli.Input;
using Outflow.Core.Documents;
using Outflow.Extraction.Pipeline;
using Outflow.Extraction.Text;
using Xunit;

namespace Outflow.Extraction.Tests;

/// <summary>Bad input gets a clear error naming the file, and the other files are still processed.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("outflow-bad-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private List<FileResult> Run(long maxBytes = 32L * 1024 * 1024) =>
        new ExtractionRun(new ClaimExtractor(), new DocumentReader(maxBytes)).Run([_dir], new Dictionary<string, DocumentMeta>()).ToList();

    [Fact]
    public void Each_bad_file_is_reported_by_name_and_the_good_one_still_yields_claims()
    {
        Write("good.txt", "More than 12,000 Syrians crossed into Turkey on Monday, officials said."u8.ToArray());
        Write("empty.txt", []);
        Write("binary.html", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02]);
        Write("latin1.txt", [0x43, 0x61, 0x66, 0xE9, 0x20, 0x31, 0x32]);
        Directory.CreateDirectory(Path.Combine(_dir, "folder.txt")); // a path that cannot be read as a file

        var results = Run();

        Assert.Contains(results, r => r.Path.EndsWith("good.txt") && r.Error is null && r.Claims.Count == 1);
        Assert.Contains(results, r => r.Path.EndsWith("empty.txt") && r.Error!.Contains("empty.txt") && r.Error.Contains("empty"));
        Assert.Contains(results, r => r.Path.EndsWith("binary.html") && r.Error!.Contains("binary"));
        Assert.Contains(results, r => r.Path.EndsWith("latin1.txt") && r.Error!.Contains("UTF-8"));
    }

    [Fact]
    public void A_huge_one_line_file_is_refused_with_its_size_without_being_read()
    {
        var path = Path.Combine(_dir, "huge.txt");
        using (var fs = File.Create(path)) fs.SetLength(100L * 1024 * 1024); // 100 MB, one line (sparse)
        Write("good.md", "# Exodus\n\nAbout 5,000 Venezuelans entered Colombia every day in March, the migration agency said.\n"u8.ToArray());

        var results = Run();

        var huge = Assert.Single(results, r => r.Path.EndsWith("huge.txt"));
        Assert.Contains("huge.txt", huge.Error);
        Assert.Contains("100 MB", huge.Error);
        Assert.Contains(results, r => r.Path.EndsWith("good.md") && r.Error is null && r.Claims.Count == 1);
    }

    [Fact]
    public void Malformed_meta_lines_are_reported_with_file_and_line_and_good_lines_kept()
    {
        var meta = Write("docs.jsonl", """
            {"doc": "a.txt", "published": "2022-10-04", "url": null, "title": "A"}
            {"doc": "b.txt", "published": "yesterday"}
            not json at all
            ["doc"]
            {"doc": "c.txt", "published": null}
            """u8.ToArray());
        var errors = new List<string>();
        var loaded = MetaFile.Load(meta, errors);
        Assert.Equal(3, loaded.Count);
        Assert.Equal(new DateOnly(2022, 10, 4), loaded["a.txt"].Published!.Value.First);
        Assert.Equal(3, errors.Count);
        Assert.All(errors, e => Assert.Contains("docs.jsonl:", e));
        Assert.Contains(errors, e => e.Contains(":2:") && e.Contains("yesterday"));
        Assert.Contains(errors, e => e.Contains(":3:"));
    }

    [Fact]
    public void Several_jobs_give_the_same_results_in_the_same_order_as_one()
    {
        for (int i = 0; i < 24; i++)
            Write($"doc{i:D2}.txt", System.Text.Encoding.UTF8.GetBytes($"About {1000 + i * 37:N0} Haitians crossed into the Dominican Republic last week, officials said."));
        Write("doc05b.txt", []); // a failure in the middle keeps its place
        var serial = Run();
        var parallel = new ExtractionRun(new ClaimExtractor(), new DocumentReader()) { Jobs = 4 }.Run([_dir], new Dictionary<string, DocumentMeta>()).ToList();

        Assert.Equal(serial.Count, parallel.Count);
        for (int i = 0; i < serial.Count; i++)
        {
            Assert.Equal(serial[i].Path, parallel[i].Path);
            Assert.Equal(serial[i].Error, parallel[i].Error);
            Assert.Equal(serial[i].Claims.Select(c => (c.Text, c.Low, c.Destination)), parallel[i].Claims.Select(c => (c.Text, c.Low, c.Destination)));
        }
        Assert.Equal(24, parallel.Count(r => r.Claims.Count == 1));
        Assert.Contains(parallel, r => r.Error is not null && r.Error.Contains("doc05b.txt"));
    }

    [Fact]
    public void A_missing_path_is_an_error_not_a_crash()
    {
        var results = new ExtractionRun(new ClaimExtractor(), new DocumentReader())
            .Run([Path.Combine(_dir, "nope")], new Dictionary<string, DocumentMeta>()).ToList();
        Assert.Contains("no such file or folder", Assert.Single(results).Error);
    }
}

/// <summary><c>outflow extract -o FILE</c> writes every format in full and exits 0.</summary>
public sealed class ExtractOutputFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("outflow-out-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("jsonl")]
    [InlineData("csv")]
    [InlineData("table")]
    public void Output_file_is_complete_and_the_exit_code_is_zero(string format)
    {
        var input = Path.Combine(_dir, "in.txt");
        File.WriteAllText(input, "More than 12,000 Syrians crossed into Turkey on Monday, officials said.");
        var output = Path.Combine(_dir, "out." + format);

        var rc = Outflow.Cli.Commands.ExtractCommand.Run([input], null, format, output, 32, Spectre.Console.AnsiConsole.Console);

        Assert.Equal(0, rc);
        var written = File.ReadAllText(output);
        Assert.Contains("12,000", written);
        if (format == "jsonl") Assert.Single(written.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
