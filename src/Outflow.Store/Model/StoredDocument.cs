using Outflow.Core.Dates;

namespace Outflow.Store.Model;

/// <summary>A document as the store keeps it: metadata, clean text and when it was ingested.</summary>
public sealed record StoredDocument(
    string Doc, string ContentHash, string? Path, string? Url, string? Title, PartialDate? Published,
    string Text, long Bytes, DateTimeOffset IngestedAt, string ExtractorVersion, int Claims);
