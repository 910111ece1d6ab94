using System.Security.Cryptography;
using System.Text;
using Outflow.Core.Claims;
using Outflow.Extraction.Pipeline;
using Outflow.Extraction.Text;
using Outflow.Store;
using Outflow.Store.Model;

namespace Outflow.Web.Tests.Seeding;

/// <summary>Ingests the test articles the way `outflow ingest` does: read, extract, store in one batch.</summary>
public static class Seeder
{
    public static async Task SeedAsync(IEvidenceStore store)
    {
        var reader = new DocumentReader();
        var extractor = new ClaimExtractor();
        var batch = new List<(DocumentInput, IReadOnlyList<Claim>)>();
        foreach (var article in TestArticles.All)
        {
            var bytes = Encoding.UTF8.GetBytes(article.Text);
            var read = reader.Read(article.Name, bytes, article.Meta);
            if (!read.Success) throw new InvalidOperationException($"{article.Name}: {read.Error}");
            var doc = read.Document!;
            var claims = extractor.Extract(doc);
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
            batch.Add((new DocumentInput(article.Name, hash, "/test/" + article.Name, doc.Url, doc.Title, doc.Published, doc.Text, bytes.Length), claims));
        }
        await store.IngestAsync(batch, ClaimExtractor.Version);
    }
}
