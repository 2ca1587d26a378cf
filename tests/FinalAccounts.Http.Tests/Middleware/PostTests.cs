using System.Net;
using System.Text;
using FinalAccounts.Http.Tests.Chat;
using FinalAccounts.Http.Tests.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static FinalAccounts.Http.GraphQLMediaTypes;
using static FinalAccounts.Http.Tests.TestHost.HttpExchange;

namespace FinalAccounts.Http.Tests.Middleware;

public sealed class PostTests
{
    [Theory]
    [InlineData(null, Json)]
    [InlineData(Json, Json)]
    [InlineData(GraphQLResponseJson, GraphQLResponseJson)]
    public async Task Json_body_runs_the_query(string? accept, string responseType)
    {
        await using var server = await ChatServer.StartAsync();

        var response = await server.Client.SendAsync(Post("""{"query":"{ count }"}""", accept: accept));

        await response.ShouldBeAsync(HttpStatusCode.OK, responseType, """{"data":{"count":1}}""");
    }

    [Fact]
    public async Task Operation_name_and_variables_select_and_feed_the_operation()
    {
        await using var server = await ChatServer.StartAsync();
        const string body = """
            {"query":"query A { count } query B($id: Int!) { message(id: $id) { from content } }","operationName":"B","variables":{"id":1}}
            """;

        var response = await server.Client.SendAsync(Post(body, accept: GraphQLResponseJson));

        await response.ShouldBeAsync(HttpStatusCode.OK, GraphQLResponseJson, """{"data":{"message":{"from":"alice","content":"hello"}}}""");
    }

    [Fact]
    public async Task Null_parameters_are_the_same_as_absent_ones()
    {
        await using var server = await ChatServer.StartAsync();

        var response = await server.Client.SendAsync(Post("""{"query":"{ count }","operationName":null,"variables":null,"extensions":null}"""));

        await response.ShouldBeAsync(HttpStatusCode.OK, Json, """{"data":{"count":1}}""");
    }

    [Fact]
    public async Task Extensions_map_is_accepted()
    {
        await using var server = await ChatServer.StartAsync();

        var response = await server.Client.SendAsync(Post("""{"query":"{ count }","extensions":{"some":"value","n":[1,2]}}"""));

        await response.ShouldBeAsync(HttpStatusCode.OK, Json, """{"data":{"count":1}}""");
    }

    [Fact]
    public async Task Mutation_runs_over_post()
    {
        await using var server = await ChatServer.StartAsync();
        const string body = """
            {"query":"mutation($m: MessageInput!) { addMessage(message: $m) { id from content } }","variables":{"m":{"from":"bob","content":"hi"}}}
            """;

        var response = await server.Client.SendAsync(Post(body));

        await response.ShouldBeAsync(HttpStatusCode.OK, Json, """{"data":{"addMessage":{"id":2,"from":"bob","content":"hi"}}}""");
        server.Services.GetRequiredService<ChatRoom>().Messages.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json; charset=UTF8")]
    [InlineData("application/json;charset=\"utf-8\"")]
    [InlineData("APPLICATION/JSON")]
    [InlineData("application/graphql+json")]
    public async Task Json_media_types_and_utf8_charsets_are_read(string contentType)
    {
        await using var server = await ChatServer.StartAsync();

        var response = await server.Client.SendAsync(Post("""{"query":"{ count }"}""", contentType));

        await response.ShouldBeAsync(HttpStatusCode.OK, Json, """{"data":{"count":1}}""");
    }

    [Fact]
    public async Task Utf8_text_survives_the_round_trip()
    {
        await using var server = await ChatServer.StartAsync();
        const string body = """
            {"query":"mutation { addMessage(message: {from: \"万州区\", content: \"决算 Run🏃\"}) { from content } }"}
            """;

        var response = await server.Client.SendAsync(Post(body));

        // System.Text.Json always escapes characters outside the Basic Multilingual Plane; the text is the same.
        await response.ShouldBeAsync(HttpStatusCode.OK, Json, """{"data":{"addMessage":{"from":"万州区","content":"决算 Run\uD83C\uDFC3"}}}""");
    }

    [Fact]
    public async Task Byte_order_mark_before_the_json_is_ignored()
    {
        await using var server = await ChatServer.StartAsync();
        var request = Post(string.Empty);
        request.Content = new ByteArrayContent([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes("""{"query":"{ count }"}""")]);
        request.Content.Headers.TryAddWithoutValidation("Content-Type", Json);

        var response = await server.Client.SendAsync(request);

        await response.ShouldBeAsync(HttpStatusCode.OK, Json, """{"data":{"count":1}}""");
    }

    [Fact]
    public async Task Graphql_body_is_the_query_text()
    {
        await using var server = await ChatServer.StartAsync();

        var response = await server.Client.SendAsync(Post("{ count }", GraphQLText));

        await response.ShouldBeAsync(HttpStatusCode.OK, Json, """{"data":{"count":1}}""");
    }

    [Fact]
    public async Task Graphql_body_takes_variables_and_operation_name_from_the_query_string()
    {
        await using var server = await ChatServer.StartAsync();
        var path = ChatServer.Path + "?operationName=B&variables=" + Uri.EscapeDataString("""{"id":1}""");

        var response = await server.Client.SendAsync(Post("query A { count } query B($id: Int!) { message(id: $id) { from } }", GraphQLText, path: path));

        await response.ShouldBeAsync(HttpStatusCode.OK, Json, """{"data":{"message":{"from":"alice"}}}""");
    }

    [Fact]
    public async Task Graphql_body_that_is_not_utf8_is_refused()
    {
        await using var server = await ChatServer.StartAsync();
        var request = Post(string.Empty);
        request.Content = new ByteArrayContent([0x7B, 0x20, 0xC3, 0x28, 0x20, 0x7D]);
        request.Content.Headers.TryAddWithoutValidation("Content-Type", GraphQLText);

        var response = await server.Client.SendAsync(request);

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, Json,
            """{"errors":[{"message":"The request body is not valid UTF-8 text.","extensions":{"code":"INVALID_REQUEST_BODY"}}]}""");
    }

    [Theory]
    [InlineData(Json)]
    [InlineData(GraphQLResponseJson)]
    public async Task Malformed_json_is_400_in_either_media_type(string accept)
    {
        await using var server = await ChatServer.StartAsync();

        var response = await server.Client.SendAsync(Post("""{ "not a JSON""", accept: accept));

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, accept,
            """{"errors":[{"message":"JSON body text could not be parsed: error at line 1, byte 14.","extensions":{"code":"JSON_INVALID"}}]}""");
    }

    [Fact]
    public async Task Empty_body_is_400()
    {
        await using var server = await ChatServer.StartAsync();

        var response = await server.Client.SendAsync(Post(string.Empty));

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, Json,
            """{"errors":[{"message":"JSON body text could not be parsed: error at line 1, byte 1.","extensions":{"code":"JSON_INVALID"}}]}""");
    }

    [Theory]
    [InlineData("text/plain", "Invalid 'Content-Type' header: 'text/plain' is not supported. Use 'application/json' or 'application/graphql'.")]
    [InlineData("text/plain;charset=UTF-8", "Invalid 'Content-Type' header: 'text/plain' is not supported. Use 'application/json' or 'application/graphql'.")]
    [InlineData("application/x-www-form-urlencoded", "Invalid 'Content-Type' header: 'application/x-www-form-urlencoded' is not supported. Use 'application/json' or 'application/graphql'.")]
    [InlineData("multipart/form-data; boundary=x", "Invalid 'Content-Type' header: 'multipart/form-data' is not supported. Use 'application/json' or 'application/graphql'.")]
    [InlineData("application/xml", "Invalid 'Content-Type' header: 'application/xml' is not supported. Use 'application/json' or 'application/graphql'.")]
    [InlineData("not a media type", "The 'Content-Type' header 'not a media type' could not be parsed. Use 'application/json' or 'application/graphql'.")]
    public async Task Unsupported_content_type_is_415(string contentType, string message)
    {
        await using var server = await ChatServer.StartAsync();

        var response = await server.Client.SendAsync(Post("""{"query":"{ count }"}""", contentType));

        await response.ShouldBeAsync(HttpStatusCode.UnsupportedMediaType, Json,
            $$$"""{"errors":[{"message":"{{{message}}}","extensions":{"code":"INVALID_CONTENT_TYPE"}}]}""");
    }

    [Fact]
    public async Task Missing_content_type_is_415()
    {
        await using var server = await ChatServer.StartAsync();

        var response = await server.Client.SendAsync(Post("""{"query":"{ count }"}""", contentType: null, accept: GraphQLResponseJson));

        await response.ShouldBeAsync(HttpStatusCode.UnsupportedMediaType, GraphQLResponseJson,
            """{"errors":[{"message":"The 'Content-Type' header is missing. Use 'application/json' or 'application/graphql'.","extensions":{"code":"INVALID_CONTENT_TYPE"}}]}""");
    }

    [Theory]
    [InlineData("application/json; charset=iso-8859-1", "iso-8859-1")]
    [InlineData("application/json; charset=utf-16", "utf-16")]
    [InlineData("application/graphql; charset=gb2312", "gb2312")]
    public async Task Charset_other_than_utf8_is_415(string contentType, string charset)
    {
        await using var server = await ChatServer.StartAsync();

        var response = await server.Client.SendAsync(Post("""{"query":"{ count }"}""", contentType));

        await response.ShouldBeAsync(HttpStatusCode.UnsupportedMediaType, Json,
            $$$"""{"errors":[{"message":"Unsupported charset '{{{charset}}}' in the 'Content-Type' header; only utf-8 is supported.","extensions":{"code":"UNSUPPORTED_CHARSET"}}]}""");
    }

    [Theory]
    [InlineData("""{"notquery":"{ count }"}""", Json)]
    [InlineData("""{"query":null}""", GraphQLResponseJson)]
    [InlineData("""{"query":"   "}""", Json)]
    [InlineData("""{}""", GraphQLResponseJson)]
    public async Task Missing_query_is_400_in_either_media_type(string body, string accept)
    {
        await using var server = await ChatServer.StartAsync();

        var response = await server.Client.SendAsync(Post(body, accept: accept));

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, accept,
            """{"errors":[{"message":"The GraphQL request has no 'query': send the query text as a string parameter named 'query'.","extensions":{"code":"QUERY_MISSING"}}]}""");
    }

    [Theory]
    [InlineData("query", """{"obj":"ect"}""", "The 'query' parameter must be a string, not an object.")]
    [InlineData("query", "0", "The 'query' parameter must be a string, not a number.")]
    [InlineData("query", "false", "The 'query' parameter must be a string, not a boolean.")]
    [InlineData("query", """["array"]""", "The 'query' parameter must be a string, not an array.")]
    [InlineData("operationName", """{"obj":"ect"}""", "The 'operationName' parameter must be a string, not an object.")]
    [InlineData("operationName", "0", "The 'operationName' parameter must be a string, not a number.")]
    [InlineData("variables", "\"string\"", "The 'variables' parameter must be a JSON object, not a string.")]
    [InlineData("variables", "0", "The 'variables' parameter must be a JSON object, not a number.")]
    [InlineData("variables", "true", "The 'variables' parameter must be a JSON object, not a boolean.")]
    [InlineData("variables", """["array"]""", "The 'variables' parameter must be a JSON object, not an array.")]
    [InlineData("extensions", "\"string\"", "The 'extensions' parameter must be a JSON object, not a string.")]
    [InlineData("extensions", """["array"]""", "The 'extensions' parameter must be a JSON object, not an array.")]
    public async Task Parameter_of_the_wrong_kind_is_400(string parameter, string value, string message)
    {
        await using var server = await ChatServer.StartAsync();
        var body = parameter == "query"
            ? $$"""{"query":{{value}}}"""
            : $$"""{"query":"{ count }","{{parameter}}":{{value}}}""";

        var response = await server.Client.SendAsync(Post(body));

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, Json,
            $$$"""{"errors":[{"message":"{{{message}}}","extensions":{"code":"INVALID_REQUEST_PARAMETER"}}]}""");
    }

    [Theory]
    [InlineData("\"{ count }\"", "a string")]
    [InlineData("42", "a number")]
    [InlineData("null", "null")]
    [InlineData("true", "a boolean")]
    public async Task Json_body_that_is_not_an_object_is_400(string body, string kind)
    {
        await using var server = await ChatServer.StartAsync();

        var response = await server.Client.SendAsync(Post(body));

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, Json,
            $$$"""{"errors":[{"message":"The JSON body must be an object with a 'query' string, not {{{kind}}}.","extensions":{"code":"INVALID_REQUEST_BODY"}}]}""");
    }

    [Theory]
    [InlineData(GraphQLResponseJson, HttpStatusCode.BadRequest)]
    [InlineData(LegacyGraphQLJson, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task Syntax_error_status_depends_on_the_media_type(string accept, HttpStatusCode status)
    {
        await using var server = await ChatServer.StartAsync();

        var response = await server.Client.SendAsync(Post("""{"query":"{"}""", accept: accept));

        await response.ShouldBeAsync(status, accept,
            """{"errors":[{"message":"Error parsing query: Expected Name, found EOF; for more information see http://spec.graphql.org/October2021/#Field","locations":[{"line":1,"column":2}],"extensions":{"code":"SYNTAX_ERROR"}}]}""");
    }

    [Theory]
    [InlineData(GraphQLResponseJson, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task Unknown_field_status_depends_on_the_media_type(string accept, HttpStatusCode status)
    {
        await using var server = await ChatServer.StartAsync();

        var response = await server.Client.SendAsync(Post("""{"query":"{ nope }"}""", accept: accept));

        await response.ShouldBeAsync(status, accept,
            """{"errors":[{"message":"Cannot query field 'nope' on type 'Query'.","locations":[{"line":1,"column":3}],"extensions":{"code":"FIELDS_ON_CORRECT_TYPE","number":"5.3.1"}}]}""");
    }

    [Theory]
    [InlineData(GraphQLResponseJson, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task Wrong_variable_type_status_depends_on_the_media_type(string accept, HttpStatusCode status)
    {
        await using var server = await ChatServer.StartAsync();
        const string body = """{"query":"query($id: Int!) { message(id: $id) { from } }","variables":{"id":"abc"}}""";

        var response = await server.Client.SendAsync(Post(body, accept: accept));

        await response.ShouldBeAsync(status, accept,
            """{"errors":[{"message":"Variable '$id' is invalid. Unable to convert 'abc' to 'Int'","locations":[{"line":1,"column":7}],"extensions":{"code":"INVALID_VALUE","number":"5.8"}}]}""");
    }

    [Fact]
    public async Task Deeply_nested_json_is_400_not_a_crash()
    {
        await using var server = await ChatServer.StartAsync();
        var nested = new string('[', 5000) + new string(']', 5000);

        var response = await server.Client.SendAsync(Post($$$"""{"query":"{ count }","variables":{"deep":{{{nested}}}}}"""));

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, Json,
            """{"errors":[{"message":"JSON body text could not be parsed: error at line 1, byte 104.","extensions":{"code":"JSON_INVALID"}}]}""");
    }
}
