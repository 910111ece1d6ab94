using System.Data.Common;
using System.Reflection;

namespace Outflow.Store.Sql;

/// <summary>Applies the numbered plain-SQL migrations of a backend that a database has not seen yet, each in its own transaction.</summary>
internal static class Migrator
{
    public static IReadOnlyList<(int Version, string Name, string Sql)> Scripts(string backend)
    {
        var asm = typeof(Migrator).Assembly;
        var prefix = $"Outflow.Migrations.{backend}/";
        var alt = $"Outflow.Migrations.{backend}\\";
        return asm.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) || n.StartsWith(alt, StringComparison.Ordinal))
            .Select(n => (Name: n[prefix.Length..], Resource: n))
            .Select(x => (Version: int.Parse(x.Name[..4]), x.Name, Sql: Read(asm, x.Resource)))
            .OrderBy(x => x.Version)
            .ToList();
    }

    public static async Task<int> ApplyAsync(SqlDialect dialect, DbConnection c, CancellationToken ct)
    {
        var scripts = Scripts(dialect.Name);
        if (scripts.Count == 0) throw new InvalidOperationException($"no migrations embedded for {dialect.Name}");
        var applied = await AppliedAsync(c, ct);
        if (applied.Count > 0 && applied.Max() > scripts[^1].Version)
            throw new StoreException($"the database {dialect.Location} was written by a newer Outflow (schema {applied.Max()}, this one knows {scripts[^1].Version}): upgrade Outflow");
        var count = 0;
        foreach (var (version, name, sql) in scripts)
        {
            if (applied.Contains(version)) continue;
            await using var tx = await c.BeginTransactionAsync(ct);
            if (dialect.MigrationLockSql.Length > 0) await Db.ExecAsync(c, tx, dialect.MigrationLockSql, ct);
            // another process may have applied it while we waited for the lock
            if ((await AppliedAsync(c, ct, tx)).Contains(version)) { await tx.RollbackAsync(ct); continue; }
            await Db.ExecAsync(c, tx, sql, ct);
            await Db.ExecAsync(c, tx, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@v, @n, @at)", ct,
                ("@v", version), ("@n", name), ("@at", DateTimeOffset.UtcNow.ToString("o")));
            await tx.CommitAsync(ct);
            count++;
        }
        return count;
    }

    private static async Task<HashSet<int>> AppliedAsync(DbConnection c, CancellationToken ct, DbTransaction? tx = null)
    {
        var exists = await Db.ScalarAsync(c, tx,
            c.GetType().Name.StartsWith("Sqlite", StringComparison.Ordinal)
                ? "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
                : "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'schema_migrations'", ct);
        if (Convert.ToInt64(exists) == 0)
        {
            if (tx is not null) return [];
            await Db.ExecAsync(c, null, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)", ct);
        }
        var result = new HashSet<int>();
        await using var cmd = Db.Command(c, "SELECT version FROM schema_migrations", tx);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) result.Add(Convert.ToInt32(r.GetValue(0)));
        return result;
    }

    private static string Read(Assembly asm, string resource)
    {
        using var s = asm.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(s);
        return reader.ReadToEnd();
    }
}
