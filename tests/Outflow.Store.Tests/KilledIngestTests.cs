using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Outflow.Cli.Bench;
using Shouldly;

namespace Outflow.Store.Tests;

/// <summary>`outflow ingest` killed mid-run leaves a consistent store, and a re-run completes it.</summary>
public sealed class KilledIngestTests : IAsyncLifetime
{
    private readonly SqliteTarget _target = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _target.DisposeAsync();

    [Fact]
    public async Task A_killed_ingest_keeps_whole_batches_and_a_rerun_completes_it()
    {
        const int docs = 3000, batch = 50;
        var folder = Path.Combine(_target.Folder, "articles");
        SyntheticArticles.WriteFolder(folder, docs);

        using (var run = Start(folder))
        {
            var sw = Stopwatch.StartNew();
            while (!run.HasExited && Count("documents") < 2 * batch && sw.Elapsed < TimeSpan.FromMinutes(3)) await Task.Delay(20);
            run.HasExited.ShouldBeFalse("the ingest finished before it could be killed; give it more documents");
            run.Kill(entireProcessTree: true);
            await run.WaitForExitAsync();
        }

        var stored = Count("documents");
        stored.ShouldBeGreaterThan(0);
        stored.ShouldBeLessThan(docs);
        (stored % batch).ShouldBe(0, "only whole batches are committed");
        Count("documents d WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.document_id = d.id)").ShouldBe(0, "no document without its claims");
        Count("claims c WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = c.document_id)").ShouldBe(0, "no claim without its document");

        using (var rerun = Start(folder))
        {
            await rerun.WaitForExitAsync();
            rerun.ExitCode.ShouldBe(0, await rerun.StandardError.ReadToEndAsync());
        }
        Count("documents").ShouldBe(docs);

        // the result equals a run that was never interrupted
        var clean = Path.Combine(_target.Folder, "clean.db");
        using (var once = Start(folder, clean)) await once.WaitForExitAsync();
        Count("claims").ShouldBe(Count("claims", clean));
    }

    private Process Start(string folder, string? db = null)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "outflow.dll");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { cli, "ingest", folder, "--db", db ?? _target.Path, "--batch", "50" }) psi.ArgumentList.Add(a);
        return Process.Start(psi)!;
    }

    private long Count(string from, string? db = null)
    {
        var path = db ?? _target.Path;
        if (!File.Exists(path)) return 0;
        using var c = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False;Default Timeout=30");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT count(*) FROM " + from;
        try { return Convert.ToInt64(cmd.ExecuteScalar()); }
        catch (SqliteException) { return 0; }
    }
}
