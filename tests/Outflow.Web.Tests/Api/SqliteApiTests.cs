namespace Outflow.Web.Tests.Api;

/// <summary>The API tests on the embedded SQLite store.</summary>
public sealed class SqliteApiTests(SqliteApp app) : ApiTests(app), IClassFixture<SqliteApp>;
