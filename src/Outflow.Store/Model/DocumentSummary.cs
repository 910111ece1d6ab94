using Outflow.Core.Dates;

namespace Outflow.Store.Model;

/// <summary>A document in a listing: no text.</summary>
public sealed record DocumentSummary(string Doc, string? Url, string? Title, PartialDate? Published, DateTimeOffset IngestedAt, int Claims);
