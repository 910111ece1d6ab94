using Outflow.Core.Dates;

namespace Outflow.Store.Model;

/// <summary>A read document ready to be stored with the claims the extractor found in it.</summary>
/// <param name="Doc">The file name claims cite; unique in a store.</param>
/// <param name="ContentHash">SHA-256 of the file's bytes, lower-case hex: the same content is stored once.</param>
public sealed record DocumentInput(
    string Doc, string ContentHash, string? Path, string? Url, string? Title, PartialDate? Published, string Text, long Bytes);
