using System.Net;
using FinalAccounts.Api.Tests.Operations.Support;

namespace FinalAccounts.Api.Tests.Operations;

/// <summary>Any origin may call the API from a browser, without credentials, and read the limit headers.</summary>
public sealed class CorsTests : IDisposable
{
    private const string Origin = "https://newsroom.example.org";

    private readonly SnapshotFiles _files = new();
    private readonly OperationsFactory _server;

    public CorsTests()
    {
        _files.Demo("demo.db");
        _server = new OperationsFactory(_files.PathOf("demo.db"), new Dictionary<string, string?>
        {
            ["Operations:RateLimits:RequestsPerHour"] = "1",
            ["Operations:RateLimits:RequestBurst"] = "1",
        });
    }

    [Fact]
    public async Task A_preflight_for_a_JSON_POST_is_allowed_for_any_origin_without_credentials()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        preflight.Headers.Add("Origin", Origin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type,graphql-require-preflight");

        var answer = await _server.CreateClient().SendAsync(preflight);

        answer.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        Single(answer, "Access-Control-Allow-Origin").ShouldBe("*");
        Single(answer, "Access-Control-Allow-Methods").ShouldContain("POST");
        Single(answer, "Access-Control-Allow-Headers").ToLowerInvariant().ShouldContain("graphql-require-preflight");
        answer.Headers.Contains("Access-Control-Allow-Credentials").ShouldBeFalse();
        answer.Headers.Contains("Access-Control-Max-Age").ShouldBeTrue();
    }

    [Fact]
    public async Task Answers_and_refusals_expose_the_limit_headers_to_any_origin()
    {
        var client = _server.CreateClient();
        client.DefaultRequestHeaders.Add("Origin", Origin);

        var allowed = await client.GetAsync("/graphql?query=%7B__typename%7D");
        var refused = await client.GetAsync("/graphql?query=%7B__typename%7D");

        allowed.StatusCode.ShouldBe(HttpStatusCode.OK);
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        foreach (var answer in new[] { allowed, refused })
        {
            Single(answer, "Access-Control-Allow-Origin").ShouldBe("*");
            var exposed = Single(answer, "Access-Control-Expose-Headers");
            foreach (var header in new[] { "ETag", "Retry-After", "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset" })
                exposed.ShouldContain(header, Case.Insensitive);
        }
    }

    private static string Single(HttpResponseMessage response, string header) =>
        string.Join(",", response.Headers.GetValues(header));

    public void Dispose()
    {
        _server.Dispose();
        _files.Dispose();
    }
}
