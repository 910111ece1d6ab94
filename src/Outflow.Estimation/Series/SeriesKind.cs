namespace Outflow.Estimation.Series;

/// <summary>What a series measures, which decides how its facts combine.</summary>
public enum SeriesKind
{
    /// <summary>A count since a baseline that can only grow (departures, arrivals, asylum, returns, mobilized; no rate): a monotone band.</summary>
    Cumulative,
    /// <summary>People staying or registered at a date (residents): can rise and fall; read date by date.</summary>
    Stock,
    /// <summary>A flow per day, week, month or year: read date by date.</summary>
    Rate,
    /// <summary>A border queue reading (length, wait, size): read date by date.</summary>
    Queue,
}
