using Outflow.Core.Claims;

namespace Outflow.Store.Model;

/// <summary>Filters, order and page for a claims listing. Null filters match everything.</summary>
/// <remarks>
/// <see cref="From"/>/<see cref="To"/> select claims whose "to" date (the as-of date, the last day of a partial date) falls in the interval.
/// <see cref="Search"/> matches quote, figure text, source and document name, case-insensitively.
/// <see cref="Sort"/> is a field name (to, from, low, high, measure, origin, destination, doc, source, confidence), '-' first for descending.
/// </remarks>
public sealed record ClaimQuery
{
    public string? Origin { get; init; }
    public string? Destination { get; init; }
    public Measure? Measure { get; init; }
    public Population? Population { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Source { get; init; }
    public string? Search { get; init; }
    public string? Doc { get; init; }
    public ClaimStatus? Status { get; init; }
    public string Sort { get; init; } = "-to";
    public int Offset { get; init; }
    public int Limit { get; init; } = 50;

    /// <summary>The same filters without paging: every match.</summary>
    public ClaimQuery All() => this with { Offset = 0, Limit = int.MaxValue };
}
