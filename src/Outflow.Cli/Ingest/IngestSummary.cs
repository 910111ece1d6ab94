namespace Outflow.Cli.Ingest;

/// <summary>What an ingest run did, for the summary table and the exit code.</summary>
public sealed class IngestSummary
{
    public int New { get; set; }
    public int Unchanged { get; set; }
    public int Updated { get; set; }
    public int Reextracted { get; set; }
    public int ClaimsAdded { get; set; }
    public List<string> Failures { get; } = [];

    /// <summary>Set when the store itself failed: the run stopped, and batches committed before are kept.</summary>
    public string? StoreError { get; set; }

    public int Failed => Failures.Count;
}
