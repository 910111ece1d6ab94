namespace Outflow.Web.Tests.Api;

/// <summary>The API tests on PostgreSQL (skipped with a message when no server is reachable, failed under CI).</summary>
public sealed class PostgresApiTests(PostgresApp app) : ApiTests(app), IClassFixture<PostgresApp>;
