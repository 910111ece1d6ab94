using Outflow.Core.Claims;
using Outflow.Core.Documents;
using Outflow.Core.Json;
using Outflow.Estimation.Evidence;
using Outflow.Extraction.Pipeline;
using Outflow.Extraction.Text;

namespace Outflow.Cli.Input;

/// <summary>Where `outflow estimate` gets its claims: a claims JSONL file or documents extracted on the fly.
/// A source is a function, so another (the store) can be slotted in without touching the command.</summary>
public static class EvidenceSource
{
    /// <summary>Claims from a JSON Lines file (ANNOTATION.md); malformed lines are reported as file:line and skipped.</summary>
    public static Func<IEnumerable<EvidenceClaim>> FromJsonl(string path, IReadOnlyDictionary<string, DocumentMeta> meta, List<string> errors) => () =>
    {
        var claims = new List<EvidenceClaim>();
        foreach (var (n, line) in JsonLinesFile.Read(path, "claims", errors))
        {
            if (ClaimJson.Parse(line, out var error) is { } claim) claims.Add(With(claim, meta));
            else errors.Add($"{path}:{n}: {error}");
        }
        return claims;
    };

    /// <summary>Claims extracted from files and folders, streamed document by document.</summary>
    public static Func<IEnumerable<EvidenceClaim>> FromDocuments(string[] paths, IReadOnlyDictionary<string, DocumentMeta> meta, List<string> errors) => () =>
        Extract(paths, meta, errors);

    private static IEnumerable<EvidenceClaim> Extract(string[] paths, IReadOnlyDictionary<string, DocumentMeta> meta, List<string> errors)
    {
        foreach (var r in new ExtractionRun(new ClaimExtractor(), new DocumentReader()) { Jobs = Environment.ProcessorCount }.Run(paths, meta))
        {
            if (r.Error is not null) errors.Add(r.Error);
            foreach (var c in r.Claims) yield return With(c, meta);
        }
    }

    private static EvidenceClaim With(Claim c, IReadOnlyDictionary<string, DocumentMeta> meta)
    {
        var m = meta.GetValueOrDefault(c.Doc);
        DateOnly? published = m?.Published?.Last;
        return new EvidenceClaim(c, ReviewState.Unreviewed, published, m?.Title);
    }
}
