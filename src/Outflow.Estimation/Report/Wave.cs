namespace Outflow.Estimation.Report;

/// <summary>A run of dates at or above the stated fraction of its peak.</summary>
/// <param name="SeriesId">The rate series, for <see cref="WaveKind.Rate"/> waves.</param>
/// <param name="PeakValue">People per day at the peak (rates) or claims in the peak week.</param>
public sealed record Wave(string Origin, string? Destination, WaveKind Kind, string? SeriesId, DateOnly Start, DateOnly End, DateOnly Peak, double PeakValue);
