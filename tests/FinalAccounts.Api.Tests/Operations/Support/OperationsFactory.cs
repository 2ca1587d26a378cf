using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FinalAccounts.Api.Tests.Operations.Support;

/// <summary>
/// The real server over the snapshot file at <paramref name="snapshotPath"/> (never rebuilt by it), with the
/// configuration keys of <paramref name="settings"/> (small limits, short intervals) and extra test services.
/// Its log entries are recorded in <see cref="Logs"/>.
/// </summary>
public sealed class OperationsFactory(string snapshotPath, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    public RecordedLogs Logs { get; } = new();

    /// <summary>The host, to stop it as a signal would.</summary>
    public IHost Host { get; private set; } = null!;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Snapshot:Path", snapshotPath);
        builder.UseSetting("Snapshot:BuildIfStale", "false");
        builder.UseSetting("Logging:LogLevel:FinalAccounts", "Debug");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            builder.UseSetting(key, value);
        builder.ConfigureTestServices(s =>
        {
            s.AddSingleton<ILoggerProvider>(Logs);
            services?.Invoke(s);
        });
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        Host = base.CreateHost(builder);
        return Host;
    }
}
