using System.Diagnostics;
using System.Net;
using FinalAccounts.Http.Limits;
using FinalAccounts.Http.Tests.TestHost;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using static FinalAccounts.Http.GraphQLMediaTypes;
using static FinalAccounts.Http.Tests.TestHost.HttpExchange;

namespace FinalAccounts.Http.Tests.Limits;

/// <summary>The shape of the operation, limited at validation: depth, repetition, aliases, fields, and the number of errors listed.</summary>
public sealed class SelectionLimitTests
{
    private const string NoCost = ""","extensions":{"cost":{"requestedQueryCost":0,"maximumAvailable":10000}}}""";

    [Fact]
    public async Task Depth_at_the_limit_runs_and_one_level_more_is_refused()
    {
        await using var server = await StartAsync(o => o.MaxFieldRepetition = 100);

        // message is level 1, each replyTo one more, the id leaf the last: 8 replyTo make 10 levels.
        var accepted = await server.Client.SendAsync(Post(Body(Replies(8)), accept: GraphQLResponseJson));
        var refused = await server.Client.SendAsync(Post(Body(Replies(9)), accept: GraphQLResponseJson));

        await accepted.ShouldBeAsync(HttpStatusCode.OK, GraphQLResponseJson,
            """{"data":{"message":{"replyTo":null}},"extensions":{"cost":{"requestedQueryCost":9,"maximumAvailable":10000}}}""");
        await refused.ShouldBeAsync(HttpStatusCode.BadRequest, GraphQLResponseJson,
            """{"errors":[{"message":"The operation selects fields more than 10 levels deep.","locations":[{"line":1,"column":110}],"extensions":{"code":"SELECTION_TOO_DEEP","limit":10}}]""" + NoCost);
    }

    [Fact]
    public async Task Depth_is_counted_through_fragments()
    {
        await using var server = await StartAsync(o => o.MaxDepth = 3);
        const string query = "{ message(id: 2) { ...Reply } } fragment Reply on Message { replyTo { replyTo { id } } }";

        var response = await server.Client.SendAsync(Post(Body(query), accept: GraphQLResponseJson));

        await response.ShouldBeAsync(HttpStatusCode.BadRequest, GraphQLResponseJson,
            """{"errors":[{"message":"The operation selects fields more than 3 levels deep.","locations":[{"line":1,"column":81}],"extensions":{"code":"SELECTION_TOO_DEEP","limit":3}}]""" + NoCost);
    }

    [Fact]
    public async Task A_field_three_times_along_a_path_runs_and_a_fourth_time_is_refused()
    {
        await using var server = await StartAsync();

        var accepted = await server.Client.SendAsync(Post(Body(Replies(3)), accept: GraphQLResponseJson));
        var refused = await server.Client.SendAsync(Post(Body(Replies(4)), accept: GraphQLResponseJson));

        await accepted.ShouldBeAsync(HttpStatusCode.OK, GraphQLResponseJson,
            """{"data":{"message":{"replyTo":null}},"extensions":{"cost":{"requestedQueryCost":4,"maximumAvailable":10000}}}""");
        await refused.ShouldBeAsync(HttpStatusCode.BadRequest, GraphQLResponseJson,
            """{"errors":[{"message":"The field 'replyTo' occurs more than 3 times along one path; follow a relation back and forth at most 3 times.","locations":[{"line":1,"column":50}],"extensions":{"code":"FIELD_REPEATED_ON_PATH","limit":3}}]""" + NoCost);
    }

    [Fact]
    public async Task Repetition_counts_along_a_path_not_across_siblings_and_aliases_do_not_hide_it()
    {
        await using var server = await StartAsync();
        const string siblings = "{ message(id: 2) { a: replyTo { id } b: replyTo { id } c: replyTo { id } d: replyTo { id } } }";
        const string aliased = "{ message(id: 2) { a: replyTo { b: replyTo { c: replyTo { d: replyTo { id } } } } } }";

        var accepted = await server.Client.SendAsync(Post(Body(siblings), accept: GraphQLResponseJson));
        var refused = await server.Client.SendAsync(Post(Body(aliased), accept: GraphQLResponseJson));

        accepted.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("\"code\":\"FIELD_REPEATED_ON_PATH\"");
    }

    [Fact]
    public async Task Fifteen_aliases_run_and_a_sixteenth_is_refused()
    {
        await using var server = await StartAsync();

        var accepted = await server.Client.SendAsync(Post(Body(Aliases(15)), accept: GraphQLResponseJson));
        var refused = await server.Client.SendAsync(Post(Body(Aliases(16)), accept: GraphQLResponseJson));

        accepted.StatusCode.ShouldBe(HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
        await refused.ShouldBeAsync(HttpStatusCode.BadRequest, GraphQLResponseJson,
            """{"errors":[{"message":"The operation has more than 15 aliased fields.","locations":[{"line":1,"column":159}],"extensions":{"code":"TOO_MANY_ALIASES","limit":15}}]""" + NoCost);
    }

    [Fact]
    public async Task Aliases_are_counted_in_every_place_a_fragment_is_spread()
    {
        await using var server = await StartAsync(o => o.MaxAliases = 3);
        const string query = "{ ...Two ...Two } fragment Two on Query { a: count b: count }";

        var response = await server.Client.SendAsync(Post(Body(query), accept: GraphQLResponseJson));

        (await response.Content.ReadAsStringAsync()).ShouldContain("\"code\":\"TOO_MANY_ALIASES\"");
    }

    [Fact]
    public async Task Two_hundred_fifty_fields_after_fragment_expansion_run_and_one_more_is_refused()
    {
        await using var server = await StartAsync();

        // The fragment holds 125 fields and is spread twice: 250 selections, though the text has 125.
        var fragment = " fragment Half on Query { " + Typenames + " }";
        var accepted = await server.Client.SendAsync(Post(Body("{ ...Half ...Half }" + fragment), accept: GraphQLResponseJson));
        var refused = await server.Client.SendAsync(Post(Body("{ count ...Half ...Half }" + fragment), accept: GraphQLResponseJson));

        accepted.StatusCode.ShouldBe(HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
        await refused.ShouldBeAsync(HttpStatusCode.BadRequest, GraphQLResponseJson,
            """{"errors":[{"message":"The operation has more than 250 field selections once its fragments are expanded.","locations":[{"line":1,"column":1}],"extensions":{"code":"TOO_MANY_FIELDS","limit":250}}]""" + NoCost);
    }

    [Fact(Timeout = 30_000)]
    public async Task Fragments_doubling_forty_times_are_refused_at_once()
    {
        await using var server = await StartAsync();
        var fragments = string.Concat(Enumerable.Range(0, 40).Select(i => $" fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}"));
        var query = "{ ...F0 }" + fragments + " fragment F40 on Query { count }";
        var clock = Stopwatch.StartNew();

        var response = await server.Client.SendAsync(Post(Body(query), accept: GraphQLResponseJson));

        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
        (await response.Content.ReadAsStringAsync()).ShouldContain("\"code\":\"TOO_MANY_FIELDS\"");
    }

    [Theory(Timeout = 30_000)]
    [InlineData("{ ...A } fragment A on Query { count ...B } fragment B on Query { ...A }")]
    [InlineData("{ message(id: 1) { ...M } } fragment M on Message { replyTo { ...M } }")]
    [InlineData("{ ...A } fragment A on Query { ...B ...B ...Missing } fragment B on Query { ...A ...A ...Missing }")]
    public async Task Fragment_cycles_are_refused_without_hanging(string query)
    {
        await using var server = await StartAsync();

        var response = await server.Client.SendAsync(Post(Body(query), accept: GraphQLResponseJson));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Cannot spread fragment");
    }

    [Fact(Timeout = 30_000)]
    public async Task Fragments_that_spread_only_missing_fragments_do_not_explode()
    {
        await using var server = await StartAsync();
        var fragments = string.Concat(Enumerable.Range(0, 40).Select(i => $" fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}"));
        var query = "{ count ...F0 }" + fragments + " fragment F40 on Query { ...Missing }";

        var response = await server.Client.SendAsync(Post(Body(query), accept: GraphQLResponseJson));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Unknown fragment 'Missing'.");
    }

    [Fact]
    public async Task Only_the_selected_operation_is_limited()
    {
        await using var server = await StartAsync(o => o.MaxAliases = 1);
        const string query = "query Small { count } query Large { a: count b: count }";

        var small = await server.Client.SendAsync(Post($$"""{"query":"{{query}}","operationName":"Small"}""", accept: GraphQLResponseJson));
        var large = await server.Client.SendAsync(Post($$"""{"query":"{{query}}","operationName":"Large"}""", accept: GraphQLResponseJson));

        await small.ShouldBeAsync(HttpStatusCode.OK, GraphQLResponseJson, """{"data":{"count":1}""" + NoCost);
        (await large.Content.ReadAsStringAsync()).ShouldContain("\"code\":\"TOO_MANY_ALIASES\"");
    }

    [Fact]
    public async Task Five_validation_errors_are_listed_and_a_sixth_is_summed_up()
    {
        await using var server = await StartAsync();

        var five = await server.Client.SendAsync(Post(Body("{ a b c d e }"), accept: GraphQLResponseJson));
        var six = await server.Client.SendAsync(Post(Body("{ a b c d e f }"), accept: GraphQLResponseJson));

        var fiveErrors = await five.Content.ReadAsStringAsync();
        fiveErrors.Split("\"code\":\"FIELDS_ON_CORRECT_TYPE\"").Length.ShouldBe(6, fiveErrors);
        fiveErrors.ShouldNotContain("TOO_MANY_VALIDATION_ERRORS");
        await six.ShouldBeAsync(HttpStatusCode.BadRequest, GraphQLResponseJson,
            """{"errors":[""" + string.Join(',', "abcd".Select((name, i) => UnknownField(name, 3 + (2 * i)))) +
            """,{"message":"The document has 2 more errors, not listed; fix these first.","extensions":{"code":"TOO_MANY_VALIDATION_ERRORS","omittedErrors":2}}]""" + NoCost);
    }

    [Fact]
    public async Task Introspection_of_the_type_wrappers_is_not_counted_as_depth_or_repetition()
    {
        await using var server = await StartAsync(o => o.MaxDepth = 4);
        const string query = "{ __type(name: \\\"Query\\\") { fields { type { ofType { ofType { ofType { ofType { name } } } } } } } }";

        var response = await server.Client.SendAsync(Post(Body(query), accept: GraphQLResponseJson));

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Limits_are_checked_on_a_cached_document_too()
    {
        await using var server = await StartAsync(o => o.MaxFieldRepetition = 100);
        var query = Body(Replies(9));

        await server.Client.SendAsync(Post(query));
        var again = await server.Client.SendAsync(Post(query, accept: GraphQLResponseJson));

        (await again.Content.ReadAsStringAsync()).ShouldContain("\"code\":\"SELECTION_TOO_DEEP\"");
    }

    private static Task<ChatServer> StartAsync(Action<GraphQLLimits>? configure = null) =>
        ChatServer.StartAsync(
            configureGraphQL: b => b.AddQueryLimits(),
            configureServices: s => s.Configure<GraphQLLimits>(o => configure?.Invoke(o)));

    private static string Typenames => string.Join(' ', Enumerable.Repeat("__typename", 125));

    private static string Body(string query) => $$"""{"query":"{{query}}"}""";

    private static string Replies(int levels) =>
        "{ message(id: 1) { " + string.Concat(Enumerable.Repeat("replyTo { ", levels)) + "id" + new string('}', levels + 1) + " }";

    private static string Aliases(int count) =>
        "{ " + string.Join(' ', Enumerable.Range(1, count).Select(i => $"a{i}: count")) + " }";

    private static string UnknownField(char name, int column) =>
        $$$"""{"message":"Cannot query field '{{{name}}}' on type 'Query'.","locations":[{"line":1,"column":{{{column}}}}],"extensions":{"code":"FIELDS_ON_CORRECT_TYPE","number":"5.3.1"}}""";
}
