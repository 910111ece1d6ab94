using Npgsql;
using Outflow.Store.Sql;

namespace Outflow.Store.Tests;

/// <summary>
/// A database created for one test on the server named by OUTFLOW_TEST_POSTGRES (default: the loopback server
/// `.ci/run` starts). When the server is absent the test is skipped with a message, unless OUTFLOW_REQUIRE_POSTGRES=1
/// (set by CI), where its absence fails the test.
/// </summary>
public sealed class PostgresTarget : StoreTarget
{
    public const string DefaultServer = "Host=127.0.0.1;Port=5432;Username=outflow;Password=outflow;Database=postgres;Timeout=5";

    private readonly string _database = "outflow_test_" + Guid.NewGuid().ToString("N")[..12];

    public static string Server => Environment.GetEnvironmentVariable("OUTFLOW_TEST_POSTGRES") is { Length: > 0 } s ? s : DefaultServer;

    public string ConnectionString => new NpgsqlConnectionStringBuilder(Server) { Database = _database, Pooling = true }.ConnectionString;

    private static bool? _available;
    private static string? _why;

    /// <summary>Skips (or, under CI, fails) when the server cannot be reached.</summary>
    public static void Require()
    {
        if (_available is null)
        {
            try
            {
                using var c = new NpgsqlConnection(Server);
                c.Open();
                _available = true;
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
            {
                _available = false;
                _why = ex.Message;
            }
        }
        if (_available == true) return;
        var message = $"PostgreSQL is not reachable ({_why}); set OUTFLOW_TEST_POSTGRES to a server where the user may create databases, or run .ci/run";
        if (Environment.GetEnvironmentVariable("OUTFLOW_REQUIRE_POSTGRES") == "1") throw new InvalidOperationException(message);
        Skip.If(true, message);
    }

    public override async Task<SqlStore> OpenAsync()
    {
        Require();
        await using (var c = new NpgsqlConnection(Server))
        {
            await c.OpenAsync();
            await using var cmd = new NpgsqlCommand($"CREATE DATABASE {_database}", c);
            try { await cmd.ExecuteNonQueryAsync(); } catch (PostgresException e) when (e.SqlState == "42P04") { }
        }
        return await StoreFactory.OpenPostgresAsync(ConnectionString);
    }

    public override async ValueTask DisposeAsync()
    {
        if (_available != true) return;
        NpgsqlConnection.ClearAllPools();
        await using var c = new NpgsqlConnection(Server);
        await c.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", c);
        await cmd.ExecuteNonQueryAsync();
    }
}
