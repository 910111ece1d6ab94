using Npgsql;
using Outflow.Web.Tests.Seeding;

namespace Outflow.Web.Tests.Stores;

/// <summary>
/// A seeded database created on the server named by OUTFLOW_TEST_POSTGRES (default: the loopback server `.ci/run`
/// starts) and dropped afterwards. When the server cannot be reached the tests skip with a message, unless
/// OUTFLOW_REQUIRE_POSTGRES=1 (CI), where they fail.
/// </summary>
public sealed class PostgresTestStore : TestStore
{
    public const string DefaultServer = "Host=127.0.0.1;Port=5432;Username=outflow;Password=outflow;Database=postgres;Timeout=5";

    private readonly string _database = "outflow_webtest_" + Guid.NewGuid().ToString("N")[..12];
    private string? _unavailable;
    private bool _created;

    public static string Server => Environment.GetEnvironmentVariable("OUTFLOW_TEST_POSTGRES") is { Length: > 0 } s ? s : DefaultServer;

    public string ConnectionString => new NpgsqlConnectionStringBuilder(Server) { Database = _database, Pooling = true }.ConnectionString;

    public override string Backend => "postgres";

    public override (string Key, string Value) Setting => ("Outflow:Postgres", ConnectionString);

    public override string? Unavailable => _unavailable;

    public override async Task CreateAndSeedAsync()
    {
        try
        {
            await using var c = new NpgsqlConnection(Server);
            await c.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE {_database}", c);
            await cmd.ExecuteNonQueryAsync();
            _created = true;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            _unavailable = $"PostgreSQL is not reachable ({ex.Message}); set OUTFLOW_TEST_POSTGRES to a server where the user may create databases, or run .ci/run";
            if (Environment.GetEnvironmentVariable("OUTFLOW_REQUIRE_POSTGRES") == "1") throw new InvalidOperationException(_unavailable, ex);
            return;
        }
        await using var store = await Outflow.Store.StoreFactory.OpenPostgresAsync(ConnectionString);
        await Seeder.SeedAsync(store);
    }

    public override async ValueTask DisposeAsync()
    {
        if (!_created) return;
        NpgsqlConnection.ClearAllPools();
        await using var c = new NpgsqlConnection(Server);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", c);
        await cmd.ExecuteNonQueryAsync();
    }
}
