using Npgsql;
using Outflow.Store.Model;
using Shouldly;

namespace Outflow.Store.Tests;

/// <summary>A wrong connection string, an unreachable server, a server that goes away mid-run.</summary>
public sealed class PostgresFaultTests : IAsyncLifetime
{
    private readonly PostgresTarget _target = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _target.DisposeAsync();

    [Fact]
    public async Task A_malformed_connection_string_is_refused_without_echoing_it()
    {
        var ex = await Should.ThrowAsync<StoreException>(() => StoreFactory.OpenPostgresAsync("Host=127.0.0.1;Passwrd=hunter2;Bogus"));
        ex.Message.ShouldContain("connection string is not valid");
        ex.Message.ShouldNotContain("hunter2");
    }

    [Fact]
    public async Task An_unreachable_server_is_named()
    {
        var ex = await Should.ThrowAsync<StoreException>(() => StoreFactory.OpenPostgresAsync("Host=127.0.0.1;Port=1;Username=x;Password=secret;Database=y;Timeout=3"));
        ex.Message.ShouldContain("127.0.0.1:1");
        ex.Message.ShouldContain("cannot reach");
        ex.Message.ShouldNotContain("secret");
    }

    [SkippableFact]
    public async Task A_wrong_password_is_named()
    {
        PostgresTarget.Require();
        var wrong = new NpgsqlConnectionStringBuilder(PostgresTarget.Server) { Password = "definitely-wrong" }.ConnectionString;
        (await Should.ThrowAsync<StoreException>(() => StoreFactory.OpenPostgresAsync(wrong))).Message.ShouldContain("refused the login");
    }

    [SkippableFact]
    public async Task A_server_that_goes_away_mid_run_loses_nothing_committed_and_a_rerun_completes()
    {
        await using var store = await _target.OpenAsync();
        await store.IngestAsync([Sample.Article("a.txt", 3)], "1");
        await KillConnectionsAsync();
        var ex = await Should.ThrowAsync<StoreException>(() => store.IngestAsync([Sample.Article("b.txt", 3)], "1"));
        ex.Message.ShouldContain("postgres://");
        var counts = await store.CountsAsync();
        counts.Documents.ShouldBe(1);
        counts.Claims.ShouldBe(3);
        (await store.IngestAsync([Sample.Article("a.txt", 3), Sample.Article("b.txt", 3)], "1")).ShouldBe([IngestOutcome.Unchanged, IngestOutcome.New]);
    }

    private async Task KillConnectionsAsync()
    {
        var db = new NpgsqlConnectionStringBuilder(_target.ConnectionString).Database;
        await using var admin = new NpgsqlConnection(PostgresTarget.Server);
        await admin.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = @db AND pid <> pg_backend_pid()", admin);
        cmd.Parameters.AddWithValue("db", db!);
        await cmd.ExecuteScalarAsync();
    }
}
