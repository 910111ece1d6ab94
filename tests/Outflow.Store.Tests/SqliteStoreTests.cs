namespace Outflow.Store.Tests;

/// <summary>The conformance suite on the embedded SQLite backend.</summary>
public sealed class SqliteStoreTests : StoreConformanceTests
{
    protected override StoreTarget Target { get; } = new SqliteTarget();
}
