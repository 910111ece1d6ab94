namespace Outflow.Extraction.Claims;

/// <summary>What the words right after a figure say it counts.</summary>
public enum HeadKind { None, People, Document, NonPeople, Vehicle, Unknown }

/// <summary>The counted noun after a figure ("Russians", "asylum requests", "yachts").</summary>
public sealed record HeadNoun(HeadKind Kind, string Word, int End);
