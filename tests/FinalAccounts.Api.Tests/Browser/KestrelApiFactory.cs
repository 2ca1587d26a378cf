using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FinalAccounts.Api.Tests.Browser;

/// <summary>The real server over Kestrel on a free loopback port (not the in-memory test server), so a real browser can reach it.</summary>
public sealed class KestrelApiFactory(string snapshotPath) : WebApplicationFactory<Program>
{
    /// <summary>Starts the server and returns its address.</summary>
    public Uri Start()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Snapshot:Path", snapshotPath);
        builder.UseSetting("Snapshot:BuildIfStale", "false");
        builder.UseSetting("Snapshot:Watch", "false");
    }
}
