using FinalAccounts.Api.Operations;
using FinalAccounts.Api.Tests.Operations.Support;
using Microsoft.AspNetCore.Http;
using System.Net;

namespace FinalAccounts.Api.Tests.Operations;

/// <summary>
/// Behind a listed reverse proxy each client has its own rate-limit bucket, named by <c>X-Forwarded-For</c>; from
/// any other address that header is ignored, so a client cannot pick a fresh bucket by sending it.
/// </summary>
public sealed class TrustedProxyTests : IDisposable
{
    private const string Proxy = "10.1.2.3";

    private readonly SnapshotFiles _files = new();
    private readonly OperationsFactory _server;

    public TrustedProxyTests()
    {
        _files.Demo("demo.db");
        _server = new OperationsFactory(_files.PathOf("demo.db"), new Dictionary<string, string?>
        {
            ["Operations:RateLimits:RequestsPerHour"] = "2",
            ["Operations:RateLimits:RequestBurst"] = "2",
            ["Operations:TrustedProxies:0"] = "10.0.0.0/8",
        });
    }

    [Fact]
    public async Task Clients_behind_a_trusted_proxy_are_counted_apart()
    {
        for (var i = 0; i < 3; i++) (await SendAsync(Proxy, "203.0.113.7")).Response.StatusCode.ShouldBe(i < 2 ? 200 : 429);

        var other = await SendAsync(Proxy, "198.51.100.20");

        other.Response.StatusCode.ShouldBe(200);
        other.Response.Headers[RateLimitHeaders.Remaining].ToString().ShouldBe("1");
    }

    [Fact]
    public async Task A_forwarded_address_from_an_untrusted_sender_is_ignored()
    {
        for (var i = 0; i < 2; i++) (await SendAsync("192.0.2.50", $"203.0.113.{i}")).Response.StatusCode.ShouldBe(200);

        var third = await SendAsync("192.0.2.50", "203.0.113.99");

        third.Response.StatusCode.ShouldBe(429, "the sender's own address counts, whatever it forwards");
    }

    private Task<HttpContext> SendAsync(string sender, string forwardedFor) => _server.Server.SendAsync(context =>
    {
        context.Request.Method = HttpMethods.Get;
        context.Request.Path = "/graphql";
        context.Request.QueryString = new QueryString("?query=%7B__typename%7D");
        context.Request.Headers["X-Forwarded-For"] = forwardedFor;
        context.Connection.RemoteIpAddress = IPAddress.Parse(sender);
    });

    public void Dispose()
    {
        _server.Dispose();
        _files.Dispose();
    }
}
