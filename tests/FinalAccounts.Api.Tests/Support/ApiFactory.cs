using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace FinalAccounts.Api.Tests.Support;

/// <summary>
/// The real server in memory, serving the snapshot file at <paramref name="snapshotPath"/> (never rebuilt), with
/// <paramref name="settings"/> on top of the defaults.
/// </summary>
public sealed class ApiFactory(string snapshotPath, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    public StatementCounter Statements { get; } = new();

    public GraphQLClient CreateGraphQLClient() => new(CreateClient());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Snapshot:Path", snapshotPath);
        builder.UseSetting("Snapshot:BuildIfStale", "false");
        // One in-memory client sends thousands of requests here; the per-client limits have tests of their own (Operations/).
        builder.UseSetting("Operations:RateLimits:Enabled", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            builder.UseSetting(key, value);
        builder.ConfigureTestServices(services => services.AddSingleton<IInterceptor>(Statements));
    }
}
