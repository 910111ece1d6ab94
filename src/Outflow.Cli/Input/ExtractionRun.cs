using Outflow.Core.Claims;
using Outflow.Core.Documents;
using Outflow.Extraction.Pipeline;
using Outflow.Extraction.Text;

namespace Outflow.Cli.Input;

/// <summary>The outcome for one input file: its claims, or the reason it failed.</summary>
public sealed record FileResult(string Path, long Bytes, IReadOnlyList<Claim> Claims, string? Error);

/// <summary>
/// Streams input files through reader and extractor. With <see cref="Jobs"/> above one, up to twice that many
/// documents are read and extracted at once on the thread pool, and results still come out in input order, so
/// memory stays bounded by the window, not the corpus.
/// </summary>
public sealed class ExtractionRun(ClaimExtractor extractor, DocumentReader reader)
{
    /// <summary>Documents extracted at once (1: on the calling thread, one at a time).</summary>
    public int Jobs { get; init; } = 1;

    public IEnumerable<FileResult> Run(IEnumerable<string> paths, IReadOnlyDictionary<string, DocumentMeta> meta)
    {
        // a trace (OUTFLOW_TRACE=1) is read sentence by sentence: documents one at a time keep it in order
        if (Jobs <= 1 || Environment.GetEnvironmentVariable("OUTFLOW_TRACE") == "1")
        {
            foreach (var (path, error) in InputFiles.Expand(paths)) yield return Process(path, error, meta);
            yield break;
        }
        var window = new Queue<Task<FileResult>>();
        foreach (var (path, error) in InputFiles.Expand(paths))
        {
            window.Enqueue(Task.Run(() => Process(path, error, meta)));
            if (window.Count >= 2 * Jobs) yield return window.Dequeue().GetAwaiter().GetResult();
        }
        while (window.Count > 0) yield return window.Dequeue().GetAwaiter().GetResult();
    }

    private FileResult Process(string? path, string? error, IReadOnlyDictionary<string, DocumentMeta> meta)
    {
        if (path is null) return new FileResult("", 0, [], error);
        var name = System.IO.Path.GetFileName(path);
        long t = StageClock.Start();
        var read = reader.ReadFile(path, meta.GetValueOrDefault(name));
        StageClock.Stop(StageClock.Stage.Read, t);
        if (!read.Success) return new FileResult(path, 0, [], $"{path}: {read.Error}");
        List<Claim> claims;
        string? failure = null;
        try
        {
            claims = extractor.Extract(read.Document!);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // a bug in a rule must not stop the other files; report it with the file name
            claims = [];
            failure = $"{path}: extraction failed: {ex.GetType().Name}: {ex.Message}";
            // with OUTFLOW_TRACE=1 the report carries where the rule broke
            if (Environment.GetEnvironmentVariable("OUTFLOW_TRACE") == "1") failure += "\n" + ex.StackTrace;
        }
        return new FileResult(path, read.Document!.Text.Length, claims, failure);
    }
}
