using Outflow.Web.Tests.Stores;

namespace Outflow.Web.Tests.Api;

/// <summary>
/// One seeded store per test class and two apps over it: a writable one (review token <see cref="Token"/>)
/// and a read-only one (no token).
/// </summary>
public abstract class SeededApp(TestStore store) : IAsyncLifetime
{
    public const string Token = "test-token-7f3a";

    public TestStore Store { get; } = store;

    public OutflowFactory Writable { get; private set; } = null!;

    public OutflowFactory ReadOnly { get; private set; } = null!;

    /// <summary>Skips the calling test (or fails it under CI) when the backend is unavailable.</summary>
    public void Require() => Skip.If(Store.Unavailable is not null, Store.Unavailable);

    public async Task InitializeAsync()
    {
        await Store.CreateAndSeedAsync();
        var (key, value) = Store.Setting;
        Writable = new OutflowFactory(new Dictionary<string, string> { [key] = value, ["Outflow:Token"] = Token });
        ReadOnly = new OutflowFactory(new Dictionary<string, string> { [key] = value, ["Outflow:Token"] = "" });
    }

    public async Task DisposeAsync()
    {
        if (Writable is not null) await Writable.DisposeAsync();
        if (ReadOnly is not null) await ReadOnly.DisposeAsync();
        await Store.DisposeAsync();
    }
}
