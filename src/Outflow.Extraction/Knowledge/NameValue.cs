namespace Outflow.Extraction.Knowledge;

/// <summary>What a gazetteer name key stands for.</summary>
/// <param name="NeedsCapital">The name is only read when written with a capital ("Chad", not "chad").</param>
internal readonly record struct NameValue(PlaceEntry Entry, bool Demonym, bool Plural, bool NeedsCapital);
