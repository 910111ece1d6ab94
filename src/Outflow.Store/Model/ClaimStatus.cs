namespace Outflow.Store.Model;

/// <summary>Where a claim stands after human review.</summary>
public enum ClaimStatus { Unreviewed, Accepted, Rejected, Corrected }
