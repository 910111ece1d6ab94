using System.Data.Common;
using System.Runtime.CompilerServices;
using Outflow.Store.Model;

namespace Outflow.Store.Sql;

/// <summary>
/// The evidence store over plain SQL, shared by both backends; <see cref="SqlDialect"/> holds what differs.
/// </summary>
public sealed partial class SqlStore : IEvidenceStore
{
    private readonly SqlDialect _dialect;

    private SqlStore(SqlDialect dialect) => _dialect = dialect;

    public string Backend => _dialect.Name;

    public string Location => _dialect.Location;

    /// <summary>Opens the store and applies the migrations it has not seen yet.</summary>
    public static async Task<SqlStore> OpenAsync(SqlDialect dialect, CancellationToken ct = default)
    {
        var store = new SqlStore(dialect);
        try
        {
            await using var c = await dialect.OpenAsync(ct);
            if (dialect is SqliteDialect sqlite) await sqlite.UseWriteAheadLogAsync(c, ct);
            await Migrator.ApplyAsync(dialect, c, ct);
            return store;
        }
        catch (Exception ex) when (dialect.IsDatabaseError(ex))
        {
            await dialect.DisposeAsync();
            throw dialect.Describe(ex, "cannot open the store");
        }
        catch
        {
            await dialect.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => _dialect.DisposeAsync();

    public async Task<StoreCounts> CountsAsync(CancellationToken ct = default) => await Guard("cannot read", async c =>
    {
        await using var cmd = Db.Command(c,
            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM claims), (SELECT count(*) FROM reviews), (SELECT revision FROM store_state WHERE id = 1)");
        await using var r = await cmd.ExecuteReaderAsync(ct);
        await r.ReadAsync(ct);
        return new StoreCounts(Convert.ToInt64(r.GetValue(0)), Convert.ToInt64(r.GetValue(1)), Convert.ToInt64(r.GetValue(2)), Convert.ToInt64(r.GetValue(3)));
    }, ct);

    public async Task RefreshStatisticsAsync(CancellationToken ct = default) => await Guard("cannot refresh the statistics of", async c =>
    {
        await _dialect.RefreshStatisticsAsync(c, ct);
        return 0;
    }, ct);

    public async Task<long> RevisionAsync(CancellationToken ct = default) => await Guard("cannot read", async c =>
    {
        await using var cmd = Db.Command(c, "SELECT revision FROM store_state WHERE id = 1");
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(ct));
    }, ct);

    public async Task<IReadOnlyList<(string Origin, long Claims)>> OriginsAsync(CancellationToken ct = default) => await Guard("cannot read", async c =>
    {
        var list = new List<(string, long)>();
        await using var cmd = Db.Command(c, "SELECT origin, count(*) FROM claims WHERE origin IS NOT NULL AND status <> 'rejected' GROUP BY origin ORDER BY count(*) DESC, origin");
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) list.Add((r.GetString(0), Convert.ToInt64(r.GetValue(1))));
        return (IReadOnlyList<(string, long)>)list;
    }, ct);

    /// <summary>Runs one unit of work on its own connection; database failures become a <see cref="StoreException"/> naming the store.</summary>
    private async Task<T> Guard<T>(string doing, Func<DbConnection, Task<T>> work, CancellationToken ct)
    {
        try
        {
            await using var c = await _dialect.OpenAsync(ct);
            return await work(c);
        }
        catch (Exception ex) when (_dialect.IsDatabaseError(ex))
        {
            throw _dialect.Describe(ex, doing);
        }
    }

    private async IAsyncEnumerable<T> GuardStream<T>(string doing, Func<DbConnection, DbCommand> build, Func<DbDataReader, T> read,
        [EnumeratorCancellation] CancellationToken ct)
    {
        DbConnection c;
        DbDataReader r;
        DbCommand cmd;
        try
        {
            c = await _dialect.OpenAsync(ct);
            cmd = build(c);
            r = await cmd.ExecuteReaderAsync(ct);
        }
        catch (Exception ex) when (_dialect.IsDatabaseError(ex))
        {
            throw _dialect.Describe(ex, doing);
        }
        await using (c)
        await using (cmd)
        await using (r)
        {
            while (true)
            {
                try
                {
                    if (!await r.ReadAsync(ct)) yield break;
                }
                catch (Exception ex) when (_dialect.IsDatabaseError(ex))
                {
                    throw _dialect.Describe(ex, doing);
                }
                yield return read(r);
            }
        }
    }

    /// <summary>Runs raw SQL on the store, for tests of the store's own guarantees (triggers, constraints).</summary>
    internal Task<int> ExecuteForTestAsync(string sql) => Guard("cannot write to", c => Db.ExecAsync(c, null, sql, CancellationToken.None), CancellationToken.None);

    private static async Task BumpRevisionAsync(DbConnection c, DbTransaction tx, CancellationToken ct) =>
        await Db.ExecAsync(c, tx, "UPDATE store_state SET revision = revision + 1 WHERE id = 1", ct);
}
