using Npgsql;
using Outflow.Store.Sql;

namespace Outflow.Store.Tests;

/// <summary>A throw-away store on one backend: a temp SQLite file, or a fresh database on a PostgreSQL server.</summary>
public abstract class StoreTarget : IAsyncDisposable
{
    public abstract Task<SqlStore> OpenAsync();

    public abstract ValueTask DisposeAsync();
}
