using System.Data.Common;

namespace Outflow.Store.Sql;

/// <summary>What differs between the backends: connections, migration scripts, locking and error messages.</summary>
public abstract class SqlDialect : IAsyncDisposable
{
    /// <summary>"sqlite" or "postgres": also the folder of the migration scripts.</summary>
    public abstract string Name { get; }

    /// <summary>Where the database is, safe to print (no password).</summary>
    public abstract string Location { get; }

    /// <summary>An open connection, set up for use.</summary>
    public abstract Task<DbConnection> OpenAsync(CancellationToken ct);

    /// <summary>SQL that serialises migrations between processes inside a transaction (empty when the transaction already does).</summary>
    public abstract string MigrationLockSql { get; }

    /// <summary>Refreshes the query planner's statistics after a large change (see <see cref="IEvidenceStore.RefreshStatisticsAsync"/>).</summary>
    public abstract Task RefreshStatisticsAsync(DbConnection connection, CancellationToken ct);

    /// <summary>A message a user can act on, naming the database and what went wrong.</summary>
    public abstract StoreException Describe(Exception ex, string doing);

    /// <summary>Whether the exception is a database failure this dialect knows how to describe.</summary>
    public abstract bool IsDatabaseError(Exception ex);

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
