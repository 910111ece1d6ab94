namespace Outflow.Extraction.Knowledge;

/// <summary>What a gazetteer key is: a name, the start of a longer name, or both (one lookup answers both).</summary>
internal readonly record struct KeyEntry(bool IsName, NameValue Name, bool IsPrefix);
