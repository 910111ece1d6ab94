namespace Outflow.Estimation.Options;

/// <summary>How a fact is attributed, strongest first.</summary>
public enum SourceKind
{
    /// <summary>A ministry, border service, statistics office, UN agency or other official body (by <see cref="EstimateOptions.OfficialSourceWords"/>).</summary>
    Official,
    /// <summary>Attributed to some other named source (a news outlet, a research group, an expert).</summary>
    Attributed,
    /// <summary>Stated by the document on its own word.</summary>
    Unattributed,
}
