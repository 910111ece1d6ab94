namespace Outflow.Estimation.Band;

/// <summary>How the facts of a series combine.</summary>
internal enum BandMode
{
    /// <summary>A cumulative count from a known baseline: the monotone band; earlier-above-later is a conflict.</summary>
    Monotone,
    /// <summary>Stocks, rates, queues: the range facts of one date allow; same-date facts that do not meet conflict.</summary>
    SameDate,
    /// <summary>A cumulative count with no stated baseline: figures may count different periods, so they are not
    /// compared; the band at a date spans all of that date's figures.</summary>
    Envelope,
}
