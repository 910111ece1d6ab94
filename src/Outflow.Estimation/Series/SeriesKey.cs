using Outflow.Core.Claims;
using Outflow.Core.Dates;

namespace Outflow.Estimation.Series;

/// <summary>What makes figures comparable: who goes where, what is counted, in what unit and from which baseline.</summary>
/// <remarks><see cref="Baseline"/> is the normalised start of the counted period (claim <c>from</c>); null is the
/// "unknown baseline" series, whose figures are never compared with dated-baseline ones.</remarks>
public readonly record struct SeriesKey(
    string Origin, string? Destination, Measure Measure, Population Population, CountUnit Unit, Rate? Per, PartialDate? Baseline)
{
    /// <summary>The kind of series this key names.</summary>
    public SeriesKind Kind => Measure switch
    {
        Measure.Queue => SeriesKind.Queue,
        _ when Per is not null => SeriesKind.Rate,
        Measure.Residents => SeriesKind.Stock,
        _ => SeriesKind.Cumulative,
    };

    /// <summary>A stable, URL-safe id: <c>RU.KZ.arrivals.general.people.total.2022-09-21</c>.</summary>
    public string Id =>
        $"{Origin}.{Destination ?? "none"}.{EnumNames.Name(Measure)}.{EnumNames.Name(Population)}.{EnumNames.Name(Unit)}." +
        $"{(Per is { } p ? "per-" + EnumNames.Name(p) : "total")}.{Baseline?.ToString() ?? "unknown"}";
}
