using System.Net;
using FinalAccounts.Http.Tests.Chat;
using FinalAccounts.Http.Tests.TestHost;
using Microsoft.Extensions.DependencyInjection;
using static FinalAccounts.Http.GraphQLMediaTypes;
using static FinalAccounts.Http.Tests.TestHost.HttpExchange;

namespace FinalAccounts.Http.Tests.Middleware;

public sealed class GetTests
{
    private const string MutationOverGet =
        """{"errors":[{"message":"Only query operations are allowed for GET requests; send mutations with POST.","locations":[{"line":1,"column":1}],"extensions":{"code":"HTTP_METHOD_VALIDATION"}}]}""";

    private const string AddMessage = """mutation { addMessage(message: {from: "eve", content: "x"}) { id } }""";

    [Theory]
    [InlineData(null, Json)]
    [InlineData(Json, Json)]
    [InlineData(GraphQLResponseJson, GraphQLResponseJson)]
    public async Task Query_runs_over_get(string? accept, string responseType)
    {
        await using var server = await ChatServer.StartAsync();

        var response = await server.Client.SendAsync(Get(GetUrl("{ count }"), accept));

        await response.ShouldBeAsync(HttpStatusCode.OK, responseType, """{"data":{"count":1}}""");
    }

    [Fact]
    public async Task Get_needs_no_preflight_header_because_the_api_is_public_and_read_only()
    {
        await using var server = await ChatServer.StartAsync();
        var request = Get(GetUrl("{ count }"));

        var response = await server.Client.SendAsync(request);

        request.Headers.Contains("GraphQL-Require-Preflight").ShouldBeFalse();
        await response.ShouldBeAsync(HttpStatusCode.OK, Json, """{"data":{"count":1}}""");
    }

    [Fact]
    public async Task Variables_operation_name_and_extensions_come_from_the_query_string()
    {
        await using var server = await ChatServer.StartAsync();
        var url = GetUrl(
            "query A { count } query B($id: Int!) { message(id: $id) { from content } }",
            variables: """{"id":1}""",
            operationName: "B",
            extensions: """{"trace":true}""");

        var response = await server.Client.SendAsync(Get(url, GraphQLResponseJson));

        await response.ShouldBeAsync(HttpStatusCode.OK, GraphQLResponseJson, """{"data":{"message":{"from":"alice","content":"hello"}}}""");
    }

    [Fact]
    public async Task Null_variables_are_accepted()
    {
        await using var server = await ChatServer.StartAsync();

        var response = await server.Client.SendAsync(Get(GetUrl("{ count }", variables: "null")));

        await response.ShouldBeAsync(HttpStatusCode.OK, Json, """{"data":{"count":1}}""");
    }

    [Theory]
    [InlineData(GraphQLResponseJson)]
    [InlineData(Json)]
    public async Task Mutation_over_get_is_405_allow_post_and_does_not_run(string accept)
    {
        await using var server = await ChatServer.StartAsync();

        var response = await server.Client.SendAsync(Get(GetUrl(AddMessage), accept));

        await response.ShouldBeAsync(HttpStatusCode.MethodNotAllowed, accept, MutationOverGet);
        response.Content.Headers.Allow.ShouldBe(["POST"]);
        server.Services.GetRequiredService<ChatRoom>().Messages.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Operation_name_picking_the_mutation_is_405()
    {
        await using var server = await ChatServer.StartAsync();
        var picked = GetUrl("""mutation M { addMessage(message: {from: "eve", content: "x"}) { id } } query Q { count }""", operationName: "M");

        var response = await server.Client.SendAsync(Get(picked));

        await response.ShouldBeAsync(HttpStatusCode.MethodNotAllowed, Json, MutationOverGet);
        server.Services.GetRequiredService<ChatRoom>().Messages.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Operation_name_picking_the_query_of_a_document_with_a_mutation_runs()
    {
        await using var server = await ChatServer.StartAsync();
        var url = GetUrl("""mutation M { addMessage(message: {from: "eve", content: "x"}) { id } } query Q { count }""", operationName: "Q");

        var response = await server.Client.SendAsync(Get(url));

        await response.ShouldBeAsync(HttpStatusCode.OK, Json, """{"data":{"count":1}}""");
        server.Services.GetRequiredService<ChatRoom>().Messages.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData(ChatServer.Path)]
    [InlineData(ChatServer.Path + "?query=")]
    [InlineData(ChatServer.Path + "?operationName=A")]
    public async Task Missing_query_is_400(string url)
    {
        await using var server = await ChatServer.StartAsync();

        var response = await server.Client.SendAsync(Get(url, GraphQLResponseJson));

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, GraphQLResponseJson,
            """{"errors":[{"message":"The GraphQL request has no 'query': send the query text as a string parameter named 'query'.","extensions":{"code":"QUERY_MISSING"}}]}""");
    }

    [Theory]
    [InlineData("{\"id\":", "The 'variables' parameter is not valid JSON; it must be a URL-encoded JSON object.")]
    [InlineData("[1]", "The 'variables' parameter must be a JSON object, not an array.")]
    [InlineData("\"id\"", "The 'variables' parameter must be a JSON object, not a string.")]
    public async Task Variables_that_are_not_a_json_object_are_400(string variables, string message)
    {
        await using var server = await ChatServer.StartAsync();

        var response = await server.Client.SendAsync(Get(GetUrl("{ count }", variables: variables)));

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, Json,
            $$$"""{"errors":[{"message":"{{{message}}}","extensions":{"code":"INVALID_REQUEST_PARAMETER"}}]}""");
    }

    [Fact]
    public async Task Extensions_that_are_not_a_json_object_are_400()
    {
        await using var server = await ChatServer.StartAsync();

        var response = await server.Client.SendAsync(Get(GetUrl("{ count }", extensions: "42")));

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, Json,
            """{"errors":[{"message":"The 'extensions' parameter must be a JSON object, not a number.","extensions":{"code":"INVALID_REQUEST_PARAMETER"}}]}""");
    }

    [Fact]
    public async Task Repeated_query_parameter_is_400()
    {
        await using var server = await ChatServer.StartAsync();

        var response = await server.Client.SendAsync(Get(GetUrl("{ count }") + "&query=" + Uri.EscapeDataString("{ allMessages { id } }")));

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, Json,
            """{"errors":[{"message":"The 'query' parameter must be given at most once.","extensions":{"code":"INVALID_REQUEST_PARAMETER"}}]}""");
    }

    [Theory]
    [InlineData(GraphQLResponseJson, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task Unknown_field_status_depends_on_the_media_type(string accept, HttpStatusCode status)
    {
        await using var server = await ChatServer.StartAsync();

        var response = await server.Client.SendAsync(Get(GetUrl("{ nope }"), accept));

        await response.ShouldBeAsync(status, accept,
            """{"errors":[{"message":"Cannot query field 'nope' on type 'Query'.","locations":[{"line":1,"column":3}],"extensions":{"code":"FIELDS_ON_CORRECT_TYPE","number":"5.3.1"}}]}""");
    }

    [Theory]
    [InlineData(GraphQLResponseJson, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task Wrong_variable_type_status_depends_on_the_media_type(string accept, HttpStatusCode status)
    {
        await using var server = await ChatServer.StartAsync();
        var url = GetUrl("query($id: Int!) { message(id: $id) { from } }", variables: """{"id":"abc"}""");

        var response = await server.Client.SendAsync(Get(url, accept));

        await response.ShouldBeAsync(status, accept,
            """{"errors":[{"message":"Variable '$id' is invalid. Unable to convert 'abc' to 'Int'","locations":[{"line":1,"column":7}],"extensions":{"code":"INVALID_VALUE","number":"5.8"}}]}""");
    }
}
