namespace Outflow.Web.Tests.Stores;

/// <summary>A throw-away store on one backend, and the configuration that points the app at it.</summary>
public abstract class TestStore : IAsyncDisposable
{
    /// <summary>"sqlite" or "postgres".</summary>
    public abstract string Backend { get; }

    /// <summary>The Outflow:* setting (key, value) that makes the app open this store.</summary>
    public abstract (string Key, string Value) Setting { get; }

    /// <summary>Null when the backend can be used; otherwise why not (the tests then skip or, under CI, fail).</summary>
    public virtual string? Unavailable => null;

    /// <summary>Creates the store and ingests the test articles into it.</summary>
    public abstract Task CreateAndSeedAsync();

    public abstract ValueTask DisposeAsync();
}
