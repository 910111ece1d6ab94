using Outflow.Web.Tests.Seeding;

namespace Outflow.Web.Tests.Stores;

/// <summary>A seeded store in a temp SQLite file, deleted afterwards.</summary>
public sealed class SqliteTestStore : TestStore
{
    private readonly string _folder = Directory.CreateTempSubdirectory("outflow-web-").FullName;

    public string Path => System.IO.Path.Combine(_folder, "test.db");

    public override string Backend => "sqlite";

    public override (string Key, string Value) Setting => ("Outflow:Db", Path);

    public override async Task CreateAndSeedAsync()
    {
        await using var store = await Outflow.Store.StoreFactory.OpenSqliteAsync(Path);
        await Seeder.SeedAsync(store);
    }

    public override ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        return ValueTask.CompletedTask;
    }
}
