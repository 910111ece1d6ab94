using Outflow.Store.Sql;

namespace Outflow.Store.Tests;

/// <summary>A store in a temp SQLite file, deleted afterwards.</summary>
public sealed class SqliteTarget : StoreTarget
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("outflow-store-").FullName;

    public string Path => System.IO.Path.Combine(Folder, "test.db");

    public override Task<SqlStore> OpenAsync() => StoreFactory.OpenSqliteAsync(Path);

    public override ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
        return ValueTask.CompletedTask;
    }
}
