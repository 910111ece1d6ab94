using System.Data.Common;
using System.Net.Sockets;
using Npgsql;

namespace Outflow.Store.Sql;

/// <summary>The server backend: one pooled <see cref="NpgsqlDataSource"/> per store.</summary>
public sealed class PostgresDialect : SqlDialect
{
    private readonly NpgsqlDataSource _source;
    private readonly string _location;

    public PostgresDialect(string connectionString)
    {
        NpgsqlConnectionStringBuilder b;
        try
        {
            b = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or KeyNotFoundException)
        {
            // never echo the string: it may hold a password
            throw new StoreException($"the PostgreSQL connection string is not valid: {ex.Message} (expected e.g. \"Host=127.0.0.1;Database=outflow;Username=outflow;Password=...\")", ex);
        }
        if (string.IsNullOrEmpty(b.Host)) throw new StoreException("the PostgreSQL connection string names no Host");
        if (b.Timeout == 15) b.Timeout = 10;
        _location = $"postgres://{b.Username}@{b.Host}:{b.Port}/{b.Database}";
        _source = NpgsqlDataSource.Create(b.ConnectionString);
    }

    public override string Name => "postgres";

    public override string Location => _location;

    public override string MigrationLockSql => "SELECT pg_advisory_xact_lock(73110001);";

    // autovacuum analyzes too, but only some time after a bulk ingest; this makes the statistics current at once
    public override async Task RefreshStatisticsAsync(DbConnection connection, CancellationToken ct) =>
        await Db.ExecAsync(connection, null, "ANALYZE documents; ANALYZE claims; ANALYZE reviews;", ct);

    public override async Task<DbConnection> OpenAsync(CancellationToken ct) => await _source.OpenConnectionAsync(ct);

    public override bool IsDatabaseError(Exception ex) =>
        ex is NpgsqlException || (ex is InvalidOperationException && ex.InnerException is NpgsqlException) || ex is TimeoutException;

    public override StoreException Describe(Exception ex, string doing)
    {
        var why = ex switch
        {
            PostgresException { SqlState: "28P01" or "28000" } p => $"the server refused the login: {p.MessageText}",
            PostgresException { SqlState: "3D000" } p => $"{p.MessageText}: create it first (createdb) or fix Database=",
            PostgresException { SqlState: "57P01" or "57P02" or "57P03" } => "the server went away mid-run (shut down or connection terminated); committed batches are kept, re-run to complete",
            PostgresException { SqlState: "53100" } => "the server's disk is full; the unfinished batch was rolled back, re-run when there is space",
            PostgresException p => p.MessageText,
            NpgsqlException { InnerException: SocketException s } => $"cannot reach the server ({s.SocketErrorCode}): is PostgreSQL running and listening there?",
            NpgsqlException { InnerException: IOException or EndOfStreamException } => "the connection to the server was lost mid-run; committed batches are kept, re-run to complete",
            NpgsqlException { InnerException: TimeoutException } or TimeoutException => "the server did not answer in time",
            NpgsqlException n => n.Message,
            _ => ex.Message,
        };
        return new StoreException($"{doing} {_location}: {why}", ex);
    }

    public override async ValueTask DisposeAsync() => await _source.DisposeAsync();
}
