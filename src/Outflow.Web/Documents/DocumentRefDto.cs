namespace Outflow.Web.Documents;

/// <summary>What identifies a document for a reader.</summary>
public sealed record DocumentRefDto(string Doc, string? Title, string? Url, string? Published);
