using System.Net;
using FinalAccounts.Api.Tests.Limits.Support;
using FinalAccounts.Http.Tests.Limits;

namespace FinalAccounts.Api.Tests.Limits;

/// <summary>
/// The Api's limits on the operation's shape at their edges: depth 10, a field 3 times along one path,
/// 15 aliases, 250 fields once fragments are expanded, 5 errors listed. Each refusal runs no SQL.
/// </summary>
public sealed class SelectionLimitTests(LimitsServer server) : IClassFixture<LimitsServer>
{
    private const string ResponseJson = "application/graphql-response+json";

    private readonly HttpClient _client = server.CreateClient();

    [Fact]
    public async Task Ten_levels_run_and_eleven_are_refused()
    {
        // Through to-one relations, so depth and not cost is what grows: expenditures 1, edges 2, node 3, … key 10.
        const string ten = "{ expenditures(first: 1) { edges { node { account { procurement { account { procurement { account { document { key } } } } } } } } } }";
        const string eleven = "{ expenditures(first: 1) { edges { node { account { procurement { account { procurement { account { document { unit { key } } } } } } } } } } }";

        await RunsAsync(ten);
        await RefusedAsync(eleven, "SELECTION_TOO_DEEP", 10);
    }

    [Fact]
    public async Task Unit_to_final_accounts_three_times_runs_and_a_fourth_time_is_refused()
    {
        const string three = "{ finalAccounts(first: 1) { nodes { unit { finalAccounts { unit { finalAccounts { unit { key } } } } } } } }";
        const string four = "{ finalAccounts(first: 1) { nodes { unit { finalAccounts { unit { finalAccounts { unit { finalAccounts { key } } } } } } } } }";

        await RunsAsync(three);
        await RefusedAsync(four, "FIELD_REPEATED_ON_PATH", 3);
    }

    [Fact]
    public async Task Fifteen_aliases_run_and_sixteen_are_refused()
    {
        await RunsAsync(Aliases(15));
        await RefusedAsync(Aliases(16), "TOO_MANY_ALIASES", 15);
    }

    [Fact]
    public async Task Two_hundred_fifty_fields_after_fragment_expansion_run_and_251_are_refused()
    {
        // units and nodes, and a fragment of 124 fields spread twice: 250 selections from 126 in the text.
        var fragment = " fragment Keys on Unit {" + string.Concat(Enumerable.Repeat(" key", 124)) + " }";
        var fields250 = "{ units(first: 1) { nodes { ...Keys ...Keys } } }" + fragment;
        var fields251 = "{ units(first: 1) { nodes { name ...Keys ...Keys } } }" + fragment;

        await RunsAsync(fields250);
        await RefusedAsync(fields251, "TOO_MANY_FIELDS", 250);
    }

    [Fact(Timeout = 60_000)]
    public async Task Fragment_cycles_and_doubling_fragments_are_refused_promptly()
    {
        var doubling = "{ ...F0 }" + string.Concat(Enumerable.Range(0, 40).Select(i => $" fragment F{i} on Query {{ ...F{i + 1} ...F{i + 1} }}")) + " fragment F40 on Query { __typename }";
        const string cycle = "{ units { nodes { ...U } } } fragment U on Unit { finalAccounts { unit { ...U } } }";

        var exploded = await Send.QueryAsync(_client, doubling);
        var cyclic = await Send.QueryAsync(_client, cycle);

        exploded.FirstErrorCode.ShouldBe("TOO_MANY_FIELDS", exploded.ToString());
        cyclic.ErrorCodes.ShouldContain("NO_FRAGMENT_CYCLES", cyclic.ToString());
    }

    [Fact]
    public async Task Five_validation_errors_are_listed_and_with_six_the_fifth_says_how_many_more()
    {
        var five = await Send.QueryAsync(_client, "{ a b c d e }", accept: ResponseJson);
        var six = await Send.QueryAsync(_client, "{ a b c d e f }", accept: ResponseJson);

        five.Status.ShouldBe(HttpStatusCode.BadRequest);
        five.ErrorCodes.ShouldBe(Enumerable.Repeat("FIELDS_ON_CORRECT_TYPE", 5));
        six.Status.ShouldBe(HttpStatusCode.BadRequest);
        six.ErrorCodes.ShouldBe([.. Enumerable.Repeat("FIELDS_ON_CORRECT_TYPE", 4), "TOO_MANY_VALIDATION_ERRORS"]);
        six.Errors![4]!["extensions"]!["omittedErrors"]!.GetValue<int>().ShouldBe(2);
    }

    [Fact]
    public async Task The_standard_introspection_query_is_within_every_limit()
    {
        var answer = await Send.QueryAsync(_client, IntrospectionQuery.Text);

        answer.Status.ShouldBe(HttpStatusCode.OK, answer.ToString());
        answer.Errors.ShouldBeNull(answer.ToString());
        answer.RequestedCost.ShouldBe(IntrospectionQuery.CountObjects(answer.Body!["data"]) - 1);
    }

    private async Task RunsAsync(string query)
    {
        var answer = await Send.QueryAsync(_client, query);
        answer.Status.ShouldBe(HttpStatusCode.OK, answer.ToString());
        answer.Errors.ShouldBeNull(answer.ToString());
    }

    private async Task RefusedAsync(string query, string code, int limit)
    {
        server.Statements.Reset();
        var answer = await Send.QueryAsync(_client, query, accept: ResponseJson);

        answer.Status.ShouldBe(HttpStatusCode.BadRequest, answer.ToString());
        answer.ErrorCodes.ShouldBe([code], answer.ToString());
        answer.Errors![0]!["extensions"]!["limit"]!.GetValue<int>().ShouldBe(limit);
        answer.Body!["data"].ShouldBeNull();
        server.Statements.Count.ShouldBe(0);
    }

    private static string Aliases(int count) =>
        "{ " + string.Join(' ', Enumerable.Range(1, count).Select(i => $"a{i}: __typename")) + " }";
}
