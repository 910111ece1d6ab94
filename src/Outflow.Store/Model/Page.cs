namespace Outflow.Store.Model;

/// <summary>One page of a listing and the number of matches in all.</summary>
public sealed record Page<T>(long Total, int Offset, int Limit, IReadOnlyList<T> Items);
