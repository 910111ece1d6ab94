using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Outflow.Store.Sql;

/// <summary>The embedded backend: one SQLite file, write-ahead log, foreign keys on, a bounded wait for locks.</summary>
public sealed class SqliteDialect : SqlDialect
{
    private readonly string _connectionString;
    private readonly string _path;

    public SqliteDialect(string path, int busyTimeoutSeconds = 5)
    {
        _path = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(_path);
        if (dir is not null && !Directory.Exists(dir))
            throw new StoreException($"cannot open database {_path}: the folder {dir} does not exist");
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = _path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = busyTimeoutSeconds,
        }.ToString();
        BusyTimeoutMs = busyTimeoutSeconds * 1000;
    }

    private int BusyTimeoutMs { get; }

    /// <summary>Caps the file at this many pages (4 KB each): writes past it fail as on a full disk. Null for no cap.</summary>
    public int? MaxPageCount { get; init; }

    public override string Name => "sqlite";

    public override string Location => _path;

    public override string MigrationLockSql => "";

    // Without statistics SQLite's planner guesses, and at a million claims it can walk the (origin, low) index
    // for an origin + destination listing. ANALYZE the first time; afterwards PRAGMA optimize re-analyzes only the
    // tables whose size has changed a lot since.
    public override async Task RefreshStatisticsAsync(DbConnection connection, CancellationToken ct)
    {
        var analyzed = Convert.ToInt64(await Db.ScalarAsync(connection, null,
            "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'", ct)) > 0
            && Convert.ToInt64(await Db.ScalarAsync(connection, null, "SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'claims'", ct)) > 0;
        await Db.ExecAsync(connection, null, analyzed ? "PRAGMA optimize" : "ANALYZE", ct);
    }

    public override async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        var c = new SqliteConnection(_connectionString);
        try
        {
            await c.OpenAsync(ct);
            await using var cmd = c.CreateCommand();
            cmd.CommandText = $"PRAGMA foreign_keys = ON; PRAGMA busy_timeout = {BusyTimeoutMs}; PRAGMA synchronous = NORMAL;" +
                (MaxPageCount is { } max ? $" PRAGMA max_page_count = {max};" : "");
            await cmd.ExecuteNonQueryAsync(ct);
            return c;
        }
        catch
        {
            await c.DisposeAsync();
            throw;
        }
    }

    /// <summary>Turns on the write-ahead log so readers (the dashboard) never block the writer (an ingest).</summary>
    public async Task UseWriteAheadLogAsync(DbConnection c, CancellationToken ct)
    {
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode = WAL;";
        try { await cmd.ExecuteNonQueryAsync(ct); }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 8) { /* read-only file: reads still work */ }
    }

    public override bool IsDatabaseError(Exception ex) => ex is SqliteException;

    public override StoreException Describe(Exception ex, string doing)
    {
        if (ex is not SqliteException s) return new StoreException($"{doing} {_path}: {ex.Message}", ex);
        var why = (s.SqliteErrorCode & 0xFF) switch
        {
            5 or 6 => $"the database is locked by another process (waited {BusyTimeoutMs / 1000} s); close the other program or try again",
            8 => "the database file is read-only: check its permissions (and those of its folder)",
            13 => "the disk is full: the unfinished batch was rolled back, what was committed before is kept; free space and re-run",
            14 => "the file cannot be opened: check the path and permissions",
            10 => $"a disk I/O error: {s.Message}",
            11 or 26 => "the file is not an Outflow database or is damaged",
            _ => s.Message,
        };
        return new StoreException($"{doing} {_path}: {why}", ex);
    }

    public override ValueTask DisposeAsync()
    {
        // release the pooled handles so the file can be moved or deleted after the store is closed
        SqliteConnection.ClearPool(new SqliteConnection(_connectionString));
        return ValueTask.CompletedTask;
    }
}
