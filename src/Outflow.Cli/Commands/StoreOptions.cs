using System.CommandLine;
using Outflow.Store;
using Outflow.Store.Sql;

namespace Outflow.Cli.Commands;

/// <summary>The --db / --postgres options every store command shares, and opening the store they name.</summary>
public sealed class StoreOptions
{
    public Option<string?> Db { get; } = new("--db") { Description = "SQLite store file (default: $OUTFLOW_DB, else outflow.db here)" };

    public Option<string?> Postgres { get; } = new("--postgres") { Description = "PostgreSQL connection string (default: $OUTFLOW_POSTGRES)" };

    public void AddTo(Command cmd)
    {
        cmd.Add(Db);
        cmd.Add(Postgres);
    }

    public Task<SqlStore> OpenAsync(ParseResult r, CancellationToken ct) => StoreFactory.OpenAsync(r.GetValue(Db), r.GetValue(Postgres), ct);

    /// <summary>Runs a store command: store failures print one clear line and exit 2; bad arguments exit 2 too.</summary>
    public static async Task<int> Run(Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (StoreException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 2;
        }
        catch (Exception ex) when (ex is ArgumentException or KeyNotFoundException)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 2;
        }
    }
}
