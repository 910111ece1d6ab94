using Outflow.Store.Sql;

namespace Outflow.Store;

/// <summary>Opens the store a user asked for: a PostgreSQL server, else a SQLite file (default outflow.db in the working folder).</summary>
public static class StoreFactory
{
    public const string DefaultFile = "outflow.db";

    /// <summary>Precedence: --postgres, --db, OUTFLOW_POSTGRES, OUTFLOW_DB, ./outflow.db.</summary>
    public static Task<SqlStore> OpenAsync(string? dbPath, string? postgres, CancellationToken ct = default)
    {
        if (!string.IsNullOrWhiteSpace(postgres)) return OpenPostgresAsync(postgres, ct);
        if (!string.IsNullOrWhiteSpace(dbPath)) return OpenSqliteAsync(dbPath, ct);
        if (Environment.GetEnvironmentVariable("OUTFLOW_POSTGRES") is { Length: > 0 } envPg) return OpenPostgresAsync(envPg, ct);
        if (Environment.GetEnvironmentVariable("OUTFLOW_DB") is { Length: > 0 } envDb) return OpenSqliteAsync(envDb, ct);
        return OpenSqliteAsync(DefaultFile, ct);
    }

    public static Task<SqlStore> OpenSqliteAsync(string path, CancellationToken ct = default) => SqlStore.OpenAsync(new SqliteDialect(path), ct);

    public static Task<SqlStore> OpenPostgresAsync(string connectionString, CancellationToken ct = default) =>
        SqlStore.OpenAsync(new PostgresDialect(connectionString), ct);
}
