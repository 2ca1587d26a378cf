using System.Net;
using FinalAccounts.Http.Tests.Chat;
using FinalAccounts.Http.Tests.TestHost;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using static FinalAccounts.Http.GraphQLMediaTypes;
using static FinalAccounts.Http.Tests.TestHost.HttpExchange;

namespace FinalAccounts.Http.Tests.Middleware;

/// <summary>The same query text is parsed once; what a cached document skips must not weaken any check.</summary>
public sealed class DocumentCacheTests
{
    [Fact]
    public async Task Same_query_text_is_parsed_once()
    {
        await using var server = await ChatServer.StartAsync();

        var first = await server.Client.SendAsync(Post("""{"query":"{ count allMessages { id from } }"}"""));
        var second = await server.Client.SendAsync(Get(GetUrl("{ count allMessages { id from } }")));

        await first.ShouldBeAsync(HttpStatusCode.OK, Json, """{"data":{"count":1,"allMessages":[{"id":1,"from":"alice"}]}}""");
        await second.ShouldBeAsync(HttpStatusCode.OK, Json, """{"data":{"count":1,"allMessages":[{"id":1,"from":"alice"}]}}""");
        server.DocumentBuilder.Parses.ShouldBe(1);
    }

    [Fact]
    public async Task Different_query_text_is_parsed_again()
    {
        await using var server = await ChatServer.StartAsync();

        await server.Client.SendAsync(Post("""{"query":"{ count }"}"""));
        await server.Client.SendAsync(Post("""{"query":"{ allMessages { id } }"}"""));

        server.DocumentBuilder.Parses.ShouldBe(2);
    }

    [Fact]
    public async Task Invalid_document_is_not_cached()
    {
        await using var server = await ChatServer.StartAsync();

        var first = await server.Client.SendAsync(Post("""{"query":"{ nope }"}""", accept: GraphQLResponseJson));
        var second = await server.Client.SendAsync(Post("""{"query":"{ nope }"}""", accept: GraphQLResponseJson));

        first.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        second.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        server.DocumentBuilder.Parses.ShouldBe(2);
    }

    [Fact]
    public async Task Cached_document_still_coerces_variables()
    {
        await using var server = await ChatServer.StartAsync();
        const string query = "query($id: Int!) { message(id: $id) { from } }";

        var good = await server.Client.SendAsync(Post($$$"""{"query":"{{{query}}}","variables":{"id":1}}""", accept: GraphQLResponseJson));
        var bad = await server.Client.SendAsync(Post($$$"""{"query":"{{{query}}}","variables":{"id":"abc"}}""", accept: GraphQLResponseJson));

        await good.ShouldBeAsync(HttpStatusCode.OK, GraphQLResponseJson, """{"data":{"message":{"from":"alice"}}}""");
        await bad.ShouldBeAsync(HttpStatusCode.BadRequest, GraphQLResponseJson,
            """{"errors":[{"message":"Variable '$id' is invalid. Unable to convert 'abc' to 'Int'","locations":[{"line":1,"column":7}],"extensions":{"code":"INVALID_VALUE","number":"5.8"}}]}""");
        server.DocumentBuilder.Parses.ShouldBe(1);
    }

    [Fact]
    public async Task Mutation_cached_by_a_post_is_still_refused_over_get()
    {
        await using var server = await ChatServer.StartAsync();
        const string mutation = """mutation { addMessage(message: {from: "eve", content: "x"}) { id } }""";

        var posted = await server.Client.SendAsync(Post($$"""{"query":{{System.Text.Json.JsonSerializer.Serialize(mutation)}}}"""));
        var got = await server.Client.SendAsync(Get(GetUrl(mutation)));

        await posted.ShouldBeAsync(HttpStatusCode.OK, Json, """{"data":{"addMessage":{"id":2}}}""");
        await got.ShouldBeAsync(HttpStatusCode.MethodNotAllowed, Json,
            """{"errors":[{"message":"Only query operations are allowed for GET requests; send mutations with POST.","locations":[{"line":1,"column":1}],"extensions":{"code":"HTTP_METHOD_VALIDATION"}}]}""");
        server.DocumentBuilder.Parses.ShouldBe(1);
        server.Services.GetRequiredService<ChatRoom>().Messages.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Cached_document_still_runs_argument_validation_on_new_variable_values()
    {
        await using var server = await ChatServer.StartAsync();
        const string query = "query($n: Int!) { recentMessages(last: $n) { id } }";

        var within = await server.Client.SendAsync(Post($$$"""{"query":"{{{query}}}","variables":{"n":1}}""", accept: GraphQLResponseJson));
        var over = await server.Client.SendAsync(Post($$$"""{"query":"{{{query}}}","variables":{"n":11}}""", accept: GraphQLResponseJson));

        await within.ShouldBeAsync(HttpStatusCode.OK, GraphQLResponseJson, """{"data":{"recentMessages":[{"id":1}]}}""");
        await over.ShouldBeAsync(HttpStatusCode.BadRequest, GraphQLResponseJson,
            """{"errors":[{"message":"'last' must be at most 10.","locations":[{"line":1,"column":19}],"extensions":{"code":"VALIDATION_ERROR"}}]}""");
        server.DocumentBuilder.Parses.ShouldBe(1);
    }

    [Fact]
    public async Task Cached_document_still_runs_the_complexity_analyzer_on_new_variable_values()
    {
        await using var server = await ChatServer.StartAsync(configureGraphQL: b => b.AddComplexityAnalyzer(c => c.MaxComplexity = 20));
        const string query = "query($n: Int!) { recentMessages(last: $n) { id from content } }";

        var cheap = await server.Client.SendAsync(Post($$$"""{"query":"{{{query}}}","variables":{"n":2}}""", accept: GraphQLResponseJson));
        var costly = await server.Client.SendAsync(Post($$$"""{"query":"{{{query}}}","variables":{"n":9}}""", accept: GraphQLResponseJson));

        await cheap.ShouldBeAsync(HttpStatusCode.OK, GraphQLResponseJson, """{"data":{"recentMessages":[{"id":1,"from":"alice","content":"hello"}]}}""");
        await costly.ShouldBeAsync(HttpStatusCode.BadRequest, GraphQLResponseJson,
            """{"errors":[{"message":"Query is too complex to execute. Complexity is 28; maximum allowed on this endpoint is 20.","extensions":{"code":"COMPLEXITY"}}]}""");
        server.DocumentBuilder.Parses.ShouldBe(1);
    }
}
