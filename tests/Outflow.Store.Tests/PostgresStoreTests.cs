namespace Outflow.Store.Tests;

/// <summary>The conformance suite on a PostgreSQL server (skipped with a message when none is reachable, required under CI).</summary>
public sealed class PostgresStoreTests : StoreConformanceTests
{
    protected override StoreTarget Target { get; } = new PostgresTarget();
}
