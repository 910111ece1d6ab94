namespace Outflow.Extraction.Knowledge;

/// <summary>A gazetteer name found in a sentence (offsets relative to the text searched).</summary>
/// <param name="IsDemonym">True for a people word ("Russians", "Kazakh"): it names an origin, never a destination.</param>
public sealed record PlaceHit(int Start, int End, PlaceEntry Entry, bool IsDemonym, bool IsPlural)
{
    public string Code => Entry.Code;
}
