namespace Outflow.Web;

/// <summary>How the server is started: where it listens, which store, and the review token (none = read-only).</summary>
public sealed record WebOptions
{
    public string? Urls { get; init; }
    public string? Db { get; init; }
    public string? Postgres { get; init; }

    /// <summary>Bearer token that allows reviews; null makes the server read-only.</summary>
    public string? Token { get; init; }

    /// <summary>Largest page a listing returns.</summary>
    public int MaxPageSize { get; init; } = 500;

    public static WebOptions FromEnvironment() => new()
    {
        Db = Environment.GetEnvironmentVariable("OUTFLOW_DB"),
        Postgres = Environment.GetEnvironmentVariable("OUTFLOW_POSTGRES"),
        Token = Environment.GetEnvironmentVariable("OUTFLOW_TOKEN") is { Length: > 0 } t ? t : null,
    };
}
