using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Outflow.Web.Tests.Api;

/// <summary>
/// Hosts the real Program (in memory, TestServer) with Outflow:* settings passed the way an operator would:
/// the store to open and the review token ("" = none, read-only). Production environment, so errors look as clients see them.
/// </summary>
public sealed class OutflowFactory(IReadOnlyDictionary<string, string> settings) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        foreach (var (key, value) in settings) builder.UseSetting(key, value);
    }
}
