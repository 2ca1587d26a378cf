using System.Net;
using System.Text.Json.Nodes;
using FinalAccounts.Http.Limits;
using FinalAccounts.Http.Tests.Chat;
using FinalAccounts.Http.Tests.TestHost;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using static FinalAccounts.Http.GraphQLMediaTypes;
using static FinalAccounts.Http.Tests.TestHost.HttpExchange;

namespace FinalAccounts.Http.Tests.Limits;

/// <summary>The cost: worst-case objects in the response, computed before execution, reported in every response, refused over the limit.</summary>
public sealed class QueryCostTests
{
    [Theory]
    [InlineData("{ count }", 0)]
    [InlineData("{ __typename }", 0)]
    [InlineData("{ message(id: 1) { id } }", 1)]
    [InlineData("{ message(id: 1) { id replyTo { id } } }", 2)]
    [InlineData("{ allMessages { id } }", 30)]
    [InlineData("{ allMessages { id replyTo { id } } }", 60)]
    [InlineData("{ recentMessages(last: 4) { id replyTo { id } } }", 8)]
    [InlineData("{ messages(ids: [1, 1, 1]) { id } }", 3)]
    [InlineData("{ a: message(id: 1) { id } b: message(id: 1) { id } }", 2)]
    [InlineData("{ ...Both ...Both } fragment Both on Query { message(id: 1) { id } }", 2)]
    [InlineData("{ message(id: 1) { ... on Message { replyTo { id } } } }", 2)]
    public async Task Cost_is_the_worst_case_number_of_objects(string query, int cost)
    {
        await using var server = await StartAsync();

        var response = await server.Client.SendAsync(Post(Body(query)));

        (await CostOfAsync(response)).ShouldBe(cost);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Page_size_comes_from_the_variables_of_each_request()
    {
        await using var server = await StartAsync();
        const string query = "query($n: Int!) { recentMessages(last: $n) { id } }";

        var two = await server.Client.SendAsync(Post($$$"""{"query":"{{{query}}}","variables":{"n":2}}"""));
        var nine = await server.Client.SendAsync(Post($$$"""{"query":"{{{query}}}","variables":{"n":9}}"""));

        (await CostOfAsync(two)).ShouldBe(2);
        (await CostOfAsync(nine)).ShouldBe(9);
        server.DocumentBuilder.Parses.ShouldBe(1);
    }

    [Fact]
    public async Task Declared_list_sizes_replace_the_default()
    {
        await using var server = await StartAsync(o => o.ListSizes["Query.allMessages"] = 7);

        var response = await server.Client.SendAsync(Post(Body("{ allMessages { replyTo { id } } }")));

        (await CostOfAsync(response)).ShouldBe(14);
    }

    [Fact]
    public async Task Cost_at_the_limit_runs_and_one_more_is_refused_without_running_a_resolver()
    {
        await using var server = await StartAsync(o => o.ListSizes["Query.allMessages"] = 5_000);
        var room = server.Services.GetRequiredService<ChatRoom>();

        // 5,000 messages, each with the message it replies to: 10,000 objects; one more message is 10,001.
        var accepted = await server.Client.SendAsync(Post(Body("{ allMessages { replyTo { id } } }"), accept: GraphQLResponseJson));
        var refused = await server.Client.SendAsync(Post(Body("{ message(id: 1) { id } allMessages { replyTo { id } } }"), accept: GraphQLResponseJson));

        await accepted.ShouldBeAsync(HttpStatusCode.OK, GraphQLResponseJson,
            """{"data":{"allMessages":[{"replyTo":null}]},"extensions":{"cost":{"requestedQueryCost":10000,"maximumAvailable":10000}}}""");
        await refused.ShouldBeAsync(HttpStatusCode.BadRequest, GraphQLResponseJson,
            """{"errors":[{"message":"The query's cost is 10001, over the limit of 10000: it could return 10001 objects. Ask for smaller pages (first/last) or fewer nested lists.","locations":[{"line":1,"column":1}],"extensions":{"code":"MAX_COST_EXCEEDED","limit":10000,"requestedQueryCost":10001}}],"extensions":{"cost":{"requestedQueryCost":10001,"maximumAvailable":10000}}}""");
        room.Messages.Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_refused_mutation_does_not_run()
    {
        await using var server = await StartAsync(o => o.MaxCost = 0);
        var room = server.Services.GetRequiredService<ChatRoom>();

        var response = await server.Client.SendAsync(Post("""{"query":"mutation { addMessage(message: {from: \"bob\", content: \"hi\"}) { id } }"}"""));

        (await response.Content.ReadAsStringAsync()).ShouldContain("\"code\":\"MAX_COST_EXCEEDED\"");
        room.Messages.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Every_response_carries_the_cost_even_a_refused_request()
    {
        await using var server = await StartAsync();

        var responses = new[]
        {
            await server.Client.SendAsync(Post(Body("{ message(id: 1) { id } }"))),
            await server.Client.SendAsync(Get(GetUrl("{ message(id: 1) { id } }"))),
            await server.Client.SendAsync(Post(Body("{ nope }"))),
            await server.Client.SendAsync(Post(Body("{ count"))),
            await server.Client.SendAsync(Post("{", Json)),
            await server.Client.SendAsync(Post(Body("{ count }"), contentType: "text/plain")),
            await server.Client.SendAsync(Post(Body("{ count }"), accept: "text/html")),
            await server.Client.SendAsync(new HttpRequestMessage(HttpMethod.Put, ChatServer.Path)),
            await server.Client.SendAsync(Post(Body("{ count }".PadRight(20_000)))),
        };

        var costs = new List<int>();
        foreach (var response in responses)
        {
            costs.Add(await CostOfAsync(response));
        }

        costs.ShouldBe([1, 1, 0, 0, 0, 0, 0, 0, 0]);
    }

    [Fact]
    public async Task The_charge_goes_to_the_http_context_and_a_refused_request_is_not_charged()
    {
        await using var server = await StartAsync(o => o.MaxCost = 1);

        await server.Client.SendAsync(Post(Body("{ message(id: 1) { id } }")));
        await server.Client.SendAsync(Post(Body("{ message(id: 1) { id replyTo { id } } }")));
        await server.Client.SendAsync(Post(Body("{ count"), contentType: "text/plain"));

        server.CompletedCosts.ShouldBe([1, 0, 0]);
    }

    [Fact]
    public async Task Without_query_limits_there_is_no_cost_extension()
    {
        await using var server = await ChatServer.StartAsync();

        var response = await server.Client.SendAsync(Post(Body("{ message(id: 1) { id } }")));

        await response.ShouldBeAsync(HttpStatusCode.OK, Json, """{"data":{"message":{"id":1}}}""");
        server.CompletedCosts.ShouldBe([null]);
    }

    [Fact]
    public async Task Introspection_is_counted_exactly()
    {
        await using var server = await StartAsync();

        var response = await server.Client.SendAsync(Post(Body(IntrospectionQuery.Text)));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        body["errors"].ShouldBeNull();
        var objects = IntrospectionQuery.CountObjects(body["data"]) - 1;
        objects.ShouldBeGreaterThan(100);
        body["extensions"]!["cost"]!["requestedQueryCost"]!.GetValue<int>().ShouldBe(objects);
    }

    [Fact]
    public async Task Introspection_that_nests_type_fields_is_counted_from_the_schema_and_refused_over_the_limit()
    {
        await using var server = await StartAsync(o => o.MaxCost = 20);
        const string query = "{ __schema { types { fields { type { fields { name } } } } } }";

        var response = await server.Client.SendAsync(Post(Body(query), accept: GraphQLResponseJson));

        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, text);
        text.ShouldContain("\"code\":\"MAX_COST_EXCEEDED\"");
    }

    private static Task<ChatServer> StartAsync(Action<GraphQLLimits>? configure = null) =>
        ChatServer.StartAsync(
            configureGraphQL: b => b.AddQueryLimits(),
            configureServices: s => s.Configure<GraphQLLimits>(o => configure?.Invoke(o)));

    private static string Body(string query) => new JsonObject { ["query"] = query }.ToJsonString();

    private static async Task<int> CostOfAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        var cost = JsonNode.Parse(body)!["extensions"]?["cost"];
        cost.ShouldNotBeNull(body);
        cost["maximumAvailable"]!.GetValue<int>().ShouldBeGreaterThanOrEqualTo(0);
        return cost["requestedQueryCost"]!.GetValue<int>();
    }
}
