namespace Outflow.Extraction.Knowledge;

/// <summary>What a gazetteer name refers to.</summary>
public enum PlaceKind { Country, Group, Crossing, City, Region, Island }

/// <summary>A gazetteer entry: a country, a group of countries, or a place inside one country.</summary>
/// <param name="Code">ISO alpha-2 code of the country (or of the place's country), or the group code.</param>
/// <param name="Name">The canonical name ("Verkhny Lars", "Kazakhstan").</param>
public sealed record PlaceEntry(string Code, string Name, PlaceKind Kind)
{
    public bool IsInsideCountry => Kind is PlaceKind.Crossing or PlaceKind.City or PlaceKind.Region or PlaceKind.Island;
}
