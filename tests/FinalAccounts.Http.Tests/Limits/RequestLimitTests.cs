using System.Net;
using System.Text;
using FinalAccounts.Http.Limits;
using FinalAccounts.Http.Tests.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static FinalAccounts.Http.GraphQLMediaTypes;
using static FinalAccounts.Http.Tests.TestHost.HttpExchange;

namespace FinalAccounts.Http.Tests.Limits;

/// <summary>The limits checked before a query is parsed: body size, text length, tokens, and the parser's nesting.</summary>
public sealed class RequestLimitTests
{
    [Fact]
    public async Task Body_at_the_size_limit_is_read_and_one_byte_more_is_413()
    {
        await using var server = await ChatServer.StartAsync(configureServices: s => s.Configure<GraphQLLimits>(o => o.MaxRequestBodySize = 100));
        var atLimit = """{"query":"{ count }"}""".PadRight(100);

        var accepted = await server.Client.SendAsync(Post(atLimit));
        var refused = await server.Client.SendAsync(Post(atLimit + " "));

        await accepted.ShouldBeAsync(HttpStatusCode.OK, Json, """{"data":{"count":1}}""");
        await refused.ShouldBeAsync(HttpStatusCode.RequestEntityTooLarge, Json,
            """{"errors":[{"message":"The request body is larger than the limit of 100 bytes.","extensions":{"code":"REQUEST_BODY_TOO_LARGE"}}]}""");
    }

    [Fact]
    public async Task Body_over_the_limit_without_content_length_is_413()
    {
        await using var server = await ChatServer.StartAsync(configureServices: s => s.Configure<GraphQLLimits>(o => o.MaxRequestBodySize = 100));
        var request = Post(string.Empty);
        request.Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes("""{"query":"{ count }"}""".PadRight(5000))));
        request.Content.Headers.TryAddWithoutValidation("Content-Type", Json);
        request.Headers.TransferEncodingChunked = true;

        var response = await server.Client.SendAsync(request);

        await response.ShouldBeAsync(HttpStatusCode.RequestEntityTooLarge, Json,
            """{"errors":[{"message":"The request body is larger than the limit of 100 bytes.","extensions":{"code":"REQUEST_BODY_TOO_LARGE"}}]}""");
    }

    [Theory]
    [InlineData(Json)]
    [InlineData(GraphQLResponseJson)]
    public async Task Query_text_at_the_length_limit_runs_and_one_character_more_is_400(string accept)
    {
        await using var server = await ChatServer.StartAsync();
        var atLimit = "{ count }".PadRight(15_000);

        var accepted = await server.Client.SendAsync(Post(Body(atLimit), accept: accept));
        var refused = await server.Client.SendAsync(Post(Body(atLimit + " "), accept: accept));

        await accepted.ShouldBeAsync(HttpStatusCode.OK, accept, """{"data":{"count":1}}""");
        await refused.ShouldBeAsync(HttpStatusCode.BadRequest, accept,
            """{"errors":[{"message":"The query text has 15001 characters; the limit is 15000.","extensions":{"code":"QUERY_TOO_LONG","limit":15000}}]}""");
        server.DocumentBuilder.Parses.ShouldBe(1);
    }

    [Fact]
    public async Task Query_text_length_is_limited_over_get_too()
    {
        await using var server = await ChatServer.StartAsync(configureServices: s => s.Configure<GraphQLLimits>(o => o.MaxQueryLength = 20));

        var accepted = await server.Client.SendAsync(Get(GetUrl("{ count }".PadRight(20))));
        var refused = await server.Client.SendAsync(Get(GetUrl("{ count }".PadRight(21))));

        await accepted.ShouldBeAsync(HttpStatusCode.OK, Json, """{"data":{"count":1}}""");
        await refused.ShouldBeAsync(HttpStatusCode.BadRequest, Json,
            """{"errors":[{"message":"The query text has 21 characters; the limit is 20.","extensions":{"code":"QUERY_TOO_LONG","limit":20}}]}""");
    }

    [Fact]
    public async Task Query_of_1000_tokens_runs_and_1001_is_400_unparsed()
    {
        await using var server = await ChatServer.StartAsync();

        // { and } are tokens too: 998 fields make 1,000 tokens.
        var accepted = await server.Client.SendAsync(Post(Body(Fields(998))));
        var refused = await server.Client.SendAsync(Post(Body(Fields(999))));

        (await accepted.Content.ReadAsStringAsync()).ShouldStartWith("""{"data":{"__typename":"Query"}""");
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK);
        await refused.ShouldBeAsync(HttpStatusCode.BadRequest, Json,
            """{"errors":[{"message":"The query text has more than 1000 tokens.","extensions":{"code":"TOO_MANY_TOKENS","limit":1000}}]}""");
        server.DocumentBuilder.Parses.ShouldBe(1);
    }

    [Fact]
    public async Task Comments_are_not_tokens()
    {
        await using var server = await ChatServer.StartAsync(configureServices: s => s.Configure<GraphQLLimits>(o => o.MaxTokens = 3));

        var response = await server.Client.SendAsync(Post(Body("# the count\\n{ count # of messages\\n}")));

        await response.ShouldBeAsync(HttpStatusCode.OK, Json, """{"data":{"count":1}}""");
    }

    [Fact]
    public async Task Text_the_lexer_cannot_read_is_left_to_the_parser_to_report()
    {
        await using var server = await ChatServer.StartAsync();

        var response = await server.Client.SendAsync(Post(Body("{ count \\u0001 }"), accept: GraphQLResponseJson));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("\"code\":\"SYNTAX_ERROR\"");
    }

    [Fact]
    public async Task Nesting_at_the_parser_depth_limit_parses_and_one_level_more_is_a_syntax_error()
    {
        await using var server = await ChatServer.StartAsync(configureServices: s => s.Configure<GraphQLLimits>(o => o.MaxParserDepth = 20));

        // Depth counts syntax nodes (document, operation, each selection set, field and name): message
        // and 6 levels of replyTo stay within 20, a 7th level passes it.
        var accepted = await server.Client.SendAsync(Post(Body(Nested(6)), accept: GraphQLResponseJson));
        var refused = await server.Client.SendAsync(Post(Body(Nested(7)), accept: GraphQLResponseJson));

        await accepted.ShouldBeAsync(HttpStatusCode.OK, GraphQLResponseJson, """{"data":{"message":{"replyTo":null}}}""");
        await refused.ShouldBeAsync(HttpStatusCode.BadRequest, GraphQLResponseJson,
            """{"errors":[{"message":"Error parsing query: the document is nested too deeply.","locations":[{"line":1,"column":90}],"extensions":{"code":"MAX_DEPTH_EXCEEDED"}}]}""");
    }

    [Theory]
    [InlineData(GraphQLResponseJson, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.BadRequest)]
    public async Task Ten_thousand_levels_of_nesting_are_refused_as_too_long_before_parsing(string accept, HttpStatusCode status)
    {
        await using var server = await ChatServer.StartAsync();
        var nested = string.Concat(Enumerable.Repeat("{a", 10_000)) + new string('}', 10_000);

        var response = await server.Client.SendAsync(Post(Body(nested), accept: accept));

        await response.ShouldBeAsync(status, accept,
            """{"errors":[{"message":"The query text has 30000 characters; the limit is 15000.","extensions":{"code":"QUERY_TOO_LONG","limit":15000}}]}""");
        server.DocumentBuilder.Parses.ShouldBe(0);
        server.Logs.Entries.ShouldNotContain(e => e.Level >= LogLevel.Warning);
    }

    [Theory]
    [InlineData(GraphQLResponseJson, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task Ten_thousand_levels_within_raised_text_limits_stop_at_the_parser_depth_not_the_stack(string accept, HttpStatusCode status)
    {
        await using var server = await ChatServer.StartAsync(configureServices: s => s.Configure<GraphQLLimits>(o =>
        {
            o.MaxQueryLength = 100_000;
            o.MaxTokens = 100_000;
        }));
        var nested = string.Concat(Enumerable.Repeat("{a", 10_000)) + new string('}', 10_000);

        var response = await server.Client.SendAsync(Post(Body(nested), accept: accept));

        await response.ShouldBeAsync(status, accept,
            """{"errors":[{"message":"Error parsing query: the document is nested too deeply.","locations":[{"line":1,"column":126}],"extensions":{"code":"MAX_DEPTH_EXCEEDED"}}]}""");
        server.Logs.Entries.ShouldNotContain(e => e.Level >= LogLevel.Warning);
    }

    private static string Body(string query) => $$"""{"query":"{{query}}"}""";

    private static string Fields(int count) => "{ " + string.Join(' ', Enumerable.Repeat("__typename", count)) + " }";

    private static string Nested(int replies) =>
        "{ message(id: 1) { " + string.Concat(Enumerable.Repeat("replyTo { ", replies)) + "id" + new string('}', replies + 1) + " }";
}
