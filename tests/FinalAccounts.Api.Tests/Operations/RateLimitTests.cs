using System.Net;
using FinalAccounts.Api.Operations;
using FinalAccounts.Api.Tests.Operations.Support;
using Microsoft.AspNetCore.Http;

namespace FinalAccounts.Api.Tests.Operations;

/// <summary>
/// The request bucket at its edge: with 3 requests an hour, 3 pass and the 4th is refused 429 with
/// <c>Retry-After</c> and the <c>X-RateLimit-*</c> headers; health probes and other clients are not affected.
/// </summary>
public sealed class RateLimitTests : IDisposable
{
    private const string Typename = "/graphql?query=%7B__typename%7D";

    private readonly SnapshotFiles _files = new();
    private readonly OperationsFactory _server;

    public RateLimitTests()
    {
        _files.Demo("demo.db");
        _server = new OperationsFactory(_files.PathOf("demo.db"), new Dictionary<string, string?>
        {
            ["Operations:RateLimits:RequestsPerHour"] = "3",
            ["Operations:RateLimits:RequestBurst"] = "3",
        });
    }

    [Fact]
    public async Task The_limit_passes_and_one_more_is_refused_with_429_and_the_rate_limit_headers()
    {
        var client = _server.CreateClient();
        for (var i = 1; i <= 3; i++)
        {
            var allowed = await Exchange.GetAsync(client, Typename);
            allowed.Status.ShouldBe(HttpStatusCode.OK);
            allowed.Header(RateLimitHeaders.Limit).ShouldBe("3");
            allowed.LongHeader(RateLimitHeaders.Remaining).ShouldBe(3 - i);
            allowed.LongHeader(RateLimitHeaders.Reset).ShouldBeInRange(1, 3600);
            allowed.Header("Retry-After").ShouldBeNull();
        }

        var refused = await Exchange.GetAsync(client, Typename);

        refused.Status.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.LongHeader("Retry-After").ShouldBeInRange(1199, 1200); // one request per 1,200 s
        refused.Header(RateLimitHeaders.Limit).ShouldBe("3");
        refused.Header(RateLimitHeaders.Remaining).ShouldBe("0");
        refused.LongHeader(RateLimitHeaders.Reset).ShouldBeInRange(3590, 3600);
        refused.ErrorCode.ShouldBe("RATE_LIMITED");
        refused.Errors![0]!["extensions"]!["retryAfter"]!.GetValue<long>().ShouldBe(refused.LongHeader("Retry-After"));
        refused.Body!["data"].ShouldBeNull();
        refused.Body["extensions"]!["cost"]!["requestedQueryCost"]!.GetValue<long>().ShouldBe(0);
        refused.Body["extensions"]!["cost"]!["maximumAvailable"]!.GetValue<int>().ShouldBe(10_000);
    }

    [Fact]
    public async Task Health_probes_are_exempt_and_carry_no_rate_limit_headers()
    {
        var client = _server.CreateClient();
        for (var i = 0; i < 4; i++) await client.GetAsync(Typename);

        foreach (var probe in new[] { "/healthz/live", "/healthz/ready", "/healthz/live", "/healthz/ready" })
        {
            var answer = await Exchange.GetAsync(client, probe);
            answer.Status.ShouldBe(HttpStatusCode.OK, probe);
            answer.Header(RateLimitHeaders.Remaining).ShouldBeNull();
        }
    }

    [Fact]
    public async Task Each_client_address_has_its_own_bucket()
    {
        for (var i = 0; i < 4; i++) (await SendFromAsync("203.0.113.7")).Response.StatusCode.ShouldBe(i < 3 ? 200 : 429);

        var other = await SendFromAsync("198.51.100.20");
        other.Response.StatusCode.ShouldBe(200);
        other.Response.Headers[RateLimitHeaders.Remaining].ToString().ShouldBe("2");
        (await SendFromAsync("203.0.113.7")).Response.StatusCode.ShouldBe(429);
    }

    private Task<HttpContext> SendFromAsync(string address) => _server.Server.SendAsync(context =>
    {
        context.Request.Method = HttpMethods.Get;
        context.Request.Path = "/graphql";
        context.Request.QueryString = new QueryString("?query=%7B__typename%7D");
        context.Connection.RemoteIpAddress = IPAddress.Parse(address);
    });

    public void Dispose()
    {
        _server.Dispose();
        _files.Dispose();
    }
}
