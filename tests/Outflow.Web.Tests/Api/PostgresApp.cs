using Outflow.Web.Tests.Stores;

namespace Outflow.Web.Tests.Api;

/// <summary>The seeded app over a fresh PostgreSQL database.</summary>
public sealed class PostgresApp() : SeededApp(new PostgresTestStore());
