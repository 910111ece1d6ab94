namespace Outflow.Extraction.Text;

/// <summary>The outcome of reading one input file: a document, or a reason it could not be read.</summary>
public sealed record ReadResult(TextDocument? Document, string? Error)
{
    public static ReadResult Ok(TextDocument d) => new(d, null);
    public static ReadResult Fail(string error) => new(null, error);
    public bool Success => Document is not null;
}
