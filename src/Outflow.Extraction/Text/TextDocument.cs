using Outflow.Core.Dates;

namespace Outflow.Extraction.Text;

/// <summary>A document reduced to clean text, with what its markup said about it.</summary>
/// <param name="Name">The file name, as claims cite it.</param>
/// <param name="Text">Clean text: markup removed; for plain text, the file itself.</param>
/// <param name="Title">Title from markup or metadata, if any.</param>
/// <param name="Published">Publication date from metadata or markup, if any (the text may still give one).</param>
public sealed record TextDocument(string Name, string Text, string? Title, PartialDate? Published, string? Url);
