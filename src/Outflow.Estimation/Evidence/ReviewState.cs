namespace Outflow.Estimation.Evidence;

/// <summary>What a human reviewer said about a claim.</summary>
/// <remarks>
/// <see cref="Rejected"/> claims are never used (they are listed as excluded); <see cref="Accepted"/> and
/// <see cref="Corrected"/> claims outrank unreviewed ones when a conflict is resolved.
/// </remarks>
public enum ReviewState { Unreviewed, Accepted, Rejected, Corrected }
