namespace Outflow.Store.Model;

/// <summary>Sizes of a store and its revision (bumped by every write; the API's ETag).</summary>
public sealed record StoreCounts(long Documents, long Claims, long Reviews, long Revision);
