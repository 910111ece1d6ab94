namespace Outflow.Estimation.Options;

/// <summary>The stated, configurable rules of an estimate. Every value is echoed in the report.</summary>
public sealed record EstimateOptions
{
    /// <summary>Only what was known on this date is used: claims published or dated after it are left out. Null = everything.</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>An <c>approx</c> figure X bounds the count to [X(1 − t), X(1 + t)]. Default 0.10.</summary>
    public double ApproxTolerance { get; init; } = 0.10;

    /// <summary>
    /// Null (default): "nearly X" only bounds from above (ANNOTATION.md: no low).
    /// A value t also bounds it from below at X(1 − t).
    /// </summary>
    public double? NearlyTolerance { get; init; }

    /// <summary>Two reports of the same figure are one fact when their dates are this many days apart or fewer (or overlap). Default 3.</summary>
    public int SameFactDays { get; init; } = 3;

    /// <summary>Figures agree when they differ by at most this fraction. Default 0.005 (the scorer's 0.5%).</summary>
    public double SameValueTolerance { get; init; } = 0.005;

    /// <summary>The ordered rule that decides which conflicting fact is set aside (strongest criterion first).</summary>
    public IReadOnlyList<SetAsideCriterion> SetAsideRule { get; init; } = DefaultRule;

    /// <summary>Words that mark a source as official (matched as whole words, case-insensitive).</summary>
    public IReadOnlyList<string> OfficialSourceWords { get; init; } = DefaultOfficialWords;

    /// <summary>Only series with this origin (ISO code); null = all.</summary>
    public string? Origin { get; init; }

    /// <summary>Only series with this destination (ISO or group code); null = all.</summary>
    public string? Destination { get; init; }

    /// <summary>A run of weeks (or rate readings) counts as a wave while it stays at or above this fraction of its peak. Default 0.5.</summary>
    public double WaveThreshold { get; init; } = 0.5;

    /// <summary>Destination codes that name a group of countries (ANNOTATION.md); they are listed in totals but not added,
    /// since they may overlap the countries in them. Any code longer than two letters is a group too.</summary>
    public IReadOnlyList<string> GroupDestinations { get; init; } = DefaultGroups;

    /// <summary>The group codes of ANNOTATION.md.</summary>
    public static readonly IReadOnlyList<string> DefaultGroups =
        ["EU", "SCHENGEN", "BALTICS", "CENTRAL_ASIA", "CAUCASUS", "LATIN_AMERICA", "NORTH_AMERICA"];

    /// <summary>review, source type, precision, recency, citations.</summary>
    public static readonly IReadOnlyList<SetAsideCriterion> DefaultRule =
        [SetAsideCriterion.Review, SetAsideCriterion.SourceType, SetAsideCriterion.Precision, SetAsideCriterion.Recency, SetAsideCriterion.Citations];

    /// <summary>The default words for <see cref="OfficialSourceWords"/>.</summary>
    public static readonly IReadOnlyList<string> DefaultOfficialWords =
    [
        "ministry", "minister", "ministers", "government", "interior", "border", "service", "statistics", "statistical",
        "office", "agency", "authorities", "officials", "official", "department", "committee", "police", "guard",
        "un", "unhcr", "iom", "eurostat", "frontex", "commission", "fsb", "kremlin", "president", "spokesperson",
        "spokesman", "embassy", "parliament", "census",
    ];
}
