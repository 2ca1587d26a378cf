using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace FinalAccounts.Api.Operations;

/// <summary>
/// Behind a reverse proxy every request comes from the proxy's address, so rate limits would count all clients
/// as one. When <c>Operations:TrustedProxies</c> lists the proxies (addresses or networks like <c>10.0.0.0/8</c>),
/// the client address is taken from their <c>X-Forwarded-For</c> (and the scheme from <c>X-Forwarded-Proto</c>);
/// from anyone else those headers are ignored, so a client cannot choose the address it is counted under.
/// With no proxies listed (the default) nothing changes.
/// </summary>
public static class TrustedProxies
{
    public static WebApplicationBuilder AddTrustedProxies(this WebApplicationBuilder builder)
    {
        var listed = OperationsOptions.From(builder.Configuration).TrustedProxies;
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var entry in listed)
            {
                if (System.Net.IPNetwork.TryParse(entry, out var network)) options.KnownIPNetworks.Add(network);
                else if (IPAddress.TryParse(entry, out var address)) options.KnownProxies.Add(address);
                else throw new InvalidOperationException($"Operations:TrustedProxies: `{entry}` is neither an IP address nor a network (10.0.0.0/8).");
            }
        });
        return builder;
    }

    /// <summary>Rewrites the client address of requests relayed by a trusted proxy; a no-op when none is listed.</summary>
    public static IApplicationBuilder UseTrustedProxies(this WebApplication app) =>
        OperationsOptions.From(app.Configuration).TrustedProxies.Count == 0 ? app : app.UseForwardedHeaders();
}
