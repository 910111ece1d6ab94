namespace Outflow.Estimation.Report;

/// <summary>A best estimate with its honest range at a date.</summary>
public sealed record PointEstimate(double? Value, double? Low, double? High, DateOnly AsOf, EstimateRule Rule);
