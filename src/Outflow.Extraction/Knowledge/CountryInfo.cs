namespace Outflow.Extraction.Knowledge;

/// <summary>One country or group the gazetteer knows, as views show it.</summary>
/// <param name="Numeric">ISO 3166-1 numeric code (the world map's key); null for groups and codes ISO does not assign.</param>
public sealed record CountryInfo(string Code, string Name, string? Numeric, bool IsGroup, IReadOnlyList<string> Members);
