namespace Outflow.Store.Model;

/// <summary>What storing one document did.</summary>
public enum IngestOutcome { New, Unchanged, Updated }
