namespace Outflow.Estimation.Report;

/// <summary>What a wave was found in.</summary>
public enum WaveKind
{
    /// <summary>A peak in a rate series (people per day, week, month or year, read per day).</summary>
    Rate,
    /// <summary>A peak in the number of new claims per week (by publication date, else claim date).</summary>
    Claims,
}
