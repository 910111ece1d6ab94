using Microsoft.Data.Sqlite;
using Outflow.Store.Model;
using Outflow.Store.Sql;
using Shouldly;

namespace Outflow.Store.Tests;

/// <summary>A locked file, a full disk, a file that is not a database: each a clear error, nothing committed lost.</summary>
public sealed class SqliteFaultTests : IAsyncLifetime
{
    private readonly SqliteTarget _target = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _target.DisposeAsync();

    [Fact]
    public async Task A_locked_database_gives_a_clear_error_and_keeps_what_was_committed()
    {
        await using var store = await SqlStore.OpenAsync(new SqliteDialect(_target.Path, busyTimeoutSeconds: 1));
        await store.IngestAsync([Sample.Article("a.txt", 2)], "1");
        await using (var other = new SqliteConnection($"Data Source={_target.Path};Pooling=False"))
        {
            other.Open();
            using (var lockIt = other.CreateCommand()) { lockIt.CommandText = "BEGIN EXCLUSIVE"; lockIt.ExecuteNonQuery(); }
            var ex = await Should.ThrowAsync<StoreException>(() => store.IngestAsync([Sample.Article("b.txt", 2)], "1"));
            ex.Message.ShouldContain("locked");
            ex.Message.ShouldContain(_target.Path);
            using var release = other.CreateCommand();
            release.CommandText = "ROLLBACK";
            release.ExecuteNonQuery();
        }
        (await store.CountsAsync()).Documents.ShouldBe(1);
        (await store.IngestAsync([Sample.Article("a.txt", 2), Sample.Article("b.txt", 2)], "1")).ShouldBe([IngestOutcome.Unchanged, IngestOutcome.New]);
    }

    [Fact]
    public async Task A_full_disk_rolls_back_the_batch_and_says_so()
    {
        // SQLite's page cap fails writes exactly as a full disk does (SQLITE_FULL)
        await using (var setup = await StoreFactory.OpenSqliteAsync(_target.Path)) await setup.IngestAsync([Sample.Article("a.txt", 1)], "1");
        var pages = (int)(new FileInfo(_target.Path).Length / 4096) + 8;
        await using var store = await SqlStore.OpenAsync(new SqliteDialect(_target.Path) { MaxPageCount = pages });
        var big = Enumerable.Range(0, 40).Select(i => Sample.Article($"big{i}.txt", 50, new string('x', 20_000) + i)).ToList();
        var ex = await Should.ThrowAsync<StoreException>(() => store.IngestAsync(big, "1"));
        ex.Message.ShouldContain("disk is full");
        var counts = await store.CountsAsync();
        counts.Documents.ShouldBe(1);
        counts.Claims.ShouldBe(1);
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_is_named()
    {
        await File.WriteAllTextAsync(_target.Path, new string('#', 8192));
        var ex = await Should.ThrowAsync<StoreException>(() => StoreFactory.OpenSqliteAsync(_target.Path));
        ex.Message.ShouldContain(_target.Path);
        ex.Message.ShouldContain("not an Outflow database");
    }

    [Fact]
    public async Task A_missing_folder_is_named()
    {
        var path = Path.Combine(_target.Folder, "no", "such", "dir", "x.db");
        (await Should.ThrowAsync<StoreException>(() => StoreFactory.OpenSqliteAsync(path))).Message.ShouldContain("does not exist");
    }

    [SkippableFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_read_only_file_gives_a_clear_error_on_write_and_still_reads()
    {
        await using (var setup = await StoreFactory.OpenSqliteAsync(_target.Path)) await setup.IngestAsync([Sample.Article("a.txt", 1)], "1");
        SqliteConnection.ClearAllPools();
        File.SetUnixFileMode(_target.Path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        // permissions do not stop root; the immutable attribute does, where the file system has it
        var immutable = CanWrite(_target.Path) && Run("chattr", $"+i \"{_target.Path}\"");
        try
        {
            Skip.If(CanWrite(_target.Path), "cannot make a file read-only here (running as root without chattr)");
            await using var store = await StoreFactory.OpenSqliteAsync(_target.Path);
            (await store.CountsAsync()).Documents.ShouldBe(1);
            var ex = await Should.ThrowAsync<StoreException>(() => store.IngestAsync([Sample.Article("b.txt", 1)], "1"));
            ex.Message.ShouldContain("read-only");
            ex.Message.ShouldContain(_target.Path);
        }
        finally
        {
            if (immutable) Run("chattr", $"-i \"{_target.Path}\"");
            File.SetUnixFileMode(_target.Path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    private static bool Run(string file, string args)
    {
        try
        {
            using var p = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(file, args) { RedirectStandardError = true, RedirectStandardOutput = true });
            p!.WaitForExit(10_000);
            return p.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static bool CanWrite(string path)
    {
        try { using var _ = File.OpenWrite(path); return true; }
        catch (UnauthorizedAccessException) { return false; }
    }
}
