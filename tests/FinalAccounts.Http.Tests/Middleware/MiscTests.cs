using System.Net;
using System.Text.Json;
using FinalAccounts.Http.Tests.Chat;
using FinalAccounts.Http.Tests.TestHost;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static FinalAccounts.Http.GraphQLMediaTypes;
using static FinalAccounts.Http.Tests.TestHost.HttpExchange;

namespace FinalAccounts.Http.Tests.Middleware;

/// <summary>Methods, content negotiation, error masking and cancellation.</summary>
public sealed class MiscTests
{
    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    [InlineData("OPTIONS")]
    public async Task Other_methods_are_405_allow_get_post(string method)
    {
        await using var server = await ChatServer.StartAsync();

        var response = await server.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), GetUrl("{ count }")));

        await response.ShouldBeAsync(HttpStatusCode.MethodNotAllowed, Json,
            $$$"""{"errors":[{"message":"HTTP method '{{{method}}}' is not supported; use GET or POST.","extensions":{"code":"HTTP_METHOD_NOT_ALLOWED"}}]}""");
        response.Content.Headers.Allow.ShouldBe(["GET", "POST"]);
    }

    [Fact]
    public async Task Head_is_405_allow_get_post()
    {
        await using var server = await ChatServer.StartAsync();

        var response = await server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, GetUrl("{ count }")));

        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.ShouldBe(["GET", "POST"]);
    }

    [Theory]
    [InlineData(null, Json)]
    [InlineData("*/*", Json)]
    [InlineData("application/*", Json)]
    [InlineData("application/json", Json)]
    [InlineData("application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("application/graphql+json", LegacyGraphQLJson)]
    [InlineData("application/graphql-response+json, application/json", GraphQLResponseJson)]
    [InlineData("application/json, application/graphql-response+json", Json)]
    [InlineData("application/json;q=0.5, application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", Json)]
    [InlineData("application/json;q=0, */*", GraphQLResponseJson)]
    [InlineData("text/html, application/graphql-response+json;q=0.1", GraphQLResponseJson)]
    public async Task Response_media_type_follows_accept(string? accept, string responseType)
    {
        await using var server = await ChatServer.StartAsync();

        var response = await server.Client.SendAsync(Post("""{"query":"{ count }"}""", accept: accept));

        await response.ShouldBeAsync(HttpStatusCode.OK, responseType, """{"data":{"count":1}}""");
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml, text/plain")]
    [InlineData("application/json;q=0, application/graphql-response+json;q=0, */*")]
    public async Task Accept_without_a_supported_type_is_406(string accept)
    {
        await using var server = await ChatServer.StartAsync();

        var response = await server.Client.SendAsync(Post("""{"query":"{ count }"}""", accept: accept));

        await response.ShouldBeAsync(HttpStatusCode.NotAcceptable, Json,
            """{"errors":[{"message":"The 'Accept' header allows no supported media type; accept 'application/graphql-response+json' or 'application/json'.","extensions":{"code":"NOT_ACCEPTABLE"}}]}""");
    }

    [Fact]
    public async Task Throwing_resolver_is_masked_logged_and_the_rest_of_the_data_is_200()
    {
        await using var server = await ChatServer.StartAsync();

        var response = await server.Client.SendAsync(Post("""{"query":"{ count failingField }"}""", accept: GraphQLResponseJson));

        var traceId = TraceIdOf(await response.Content.ReadAsStringAsync());
        await response.ShouldBeAsync(HttpStatusCode.OK, GraphQLResponseJson,
            $$$"""{"errors":[{"message":"An internal error occurred. Quote the traceId when reporting it.","locations":[{"line":1,"column":9}],"path":["failingField"],"extensions":{"code":"INTERNAL_ERROR","traceId":"{{{traceId}}}"}}],"data":{"count":1,"failingField":null}}""");
        var logged = server.Logs.Entries.Single(e => e.Level == LogLevel.Error);
        logged.Exception.ShouldBeOfType<InvalidOperationException>().Message.ShouldBe(ResolverProbe.SecretFailure);
        logged.Message.ShouldContain(traceId);
        logged.Message.ShouldContain("failingField");
    }

    [Theory]
    [InlineData(Json)]
    [InlineData(GraphQLResponseJson)]
    public async Task Failure_outside_execution_is_a_masked_500(string accept)
    {
        await using var server = await ChatServer.StartAsync(configureGraphQL: b => b.ConfigureExecution((options, next) =>
            options.OperationName == "Explode" ? throw new InvalidOperationException(ResolverProbe.SecretFailure) : next(options)));

        var response = await server.Client.SendAsync(Post("""{"query":"query Explode { count }","operationName":"Explode"}""", accept: accept));

        var traceId = TraceIdOf(await response.Content.ReadAsStringAsync());
        await response.ShouldBeAsync(HttpStatusCode.InternalServerError, accept,
            $$$"""{"errors":[{"message":"An internal error occurred. Quote the traceId when reporting it.","extensions":{"code":"INTERNAL_ERROR","traceId":"{{{traceId}}}"}}]}""");
        var logged = server.Logs.Entries.Single(e => e.Level == LogLevel.Error);
        logged.Exception!.Message.ShouldBe(ResolverProbe.SecretFailure);
        logged.Message.ShouldContain(traceId);
    }

    [Fact(Timeout = 60_000)]
    public async Task Client_cancellation_reaches_the_resolver_and_is_neither_an_error_nor_a_500()
    {
        await using var server = await ChatServer.StartAsync();
        var probe = server.Services.GetRequiredService<ResolverProbe>();
        using var abandon = new CancellationTokenSource();

        var sending = server.Client.SendAsync(Post("""{"query":"{ slowField }"}"""), abandon.Token);
        await probe.WaitStarted.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await abandon.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(sending.WaitAsync(TimeSpan.FromSeconds(10)));
        await probe.WaitCancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await server.Logs.WaitForAsync(e => e.Message.StartsWith("GraphQL request aborted by the client", StringComparison.Ordinal));
        await WaitUntilAsync(() => !server.CompletedStatusCodes.IsEmpty);
        server.CompletedStatusCodes.ShouldBe([499]);
        server.Logs.Entries.ShouldNotContain(e => e.Level >= LogLevel.Warning);
    }

    private static string TraceIdOf(string body)
    {
        using var document = JsonDocument.Parse(body);
        var traceId = document.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("traceId").GetString();
        traceId.ShouldNotBeNullOrWhiteSpace();
        return traceId;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the server did not finish the request");
            await Task.Delay(20);
        }
    }
}
