using Outflow.Core.Dates;

namespace Outflow.Core.Documents;

/// <summary>What is known about a document besides its text: one line of docs.jsonl.</summary>
public sealed record DocumentMeta(string Doc, PartialDate? Published, string? Url, string? Title);
