using Outflow.Web.Tests.Stores;

namespace Outflow.Web.Tests.Api;

/// <summary>The seeded app over a SQLite file.</summary>
public sealed class SqliteApp() : SeededApp(new SqliteTestStore());
