using Outflow.Core.Claims;
using Outflow.Core.Documents;
using Outflow.Extraction.Pipeline;
using Outflow.Extraction.Text;

namespace Outflow.Cli.Input;

/// <summary>The outcome for one input file: its claims, or the reason it failed.</summary>
public sealed record FileResult(string Path, long Bytes, IReadOnlyList<Claim> Claims, string? Error);

/// <summary>Streams input files through reader and extractor, one document in memory at a time.</summary>
public sealed class ExtractionRun(ClaimExtractor extractor, DocumentReader reader)
{
    public IEnumerable<FileResult> Run(IEnumerable<string> paths, IReadOnlyDictionary<string, DocumentMeta> meta)
    {
        foreach (var (path, error) in InputFiles.Expand(paths))
        {
            if (path is null) { yield return new FileResult("", 0, [], error); continue; }
            var name = System.IO.Path.GetFileName(path);
            long t = StageClock.Start();
            var read = reader.ReadFile(path, meta.GetValueOrDefault(name));
            StageClock.Stop(StageClock.Stage.Read, t);
            if (!read.Success) { yield return new FileResult(path, 0, [], $"{path}: {read.Error}"); continue; }
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
            }
            yield return new FileResult(path, read.Document!.Text.Length, claims, failure);
        }
    }
}
