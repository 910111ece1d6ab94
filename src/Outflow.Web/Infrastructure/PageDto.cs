namespace Outflow.Web.Infrastructure;

/// <summary>One page of a listing.</summary>
public sealed record PageDto<T>(long Total, int Page, int PageSize, IReadOnlyList<T> Items);
