using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FinalAccounts.Api.Tests.Limits.Support;
using FinalAccounts.Http.Limits;

namespace FinalAccounts.Api.Tests.Limits;

/// <summary>
/// The cost of a query (the worst-case number of objects it can return) at the Api's limit of 10,000:
/// computed before execution, in <c>extensions.cost</c> of every response, charged to the request, and a
/// query over the limit refused without a single SQL statement.
/// </summary>
public sealed class QueryCostTests(LimitsServer server) : IClassFixture<LimitsServer>
{
    private static readonly int ListSize = new GraphQLLimits().DefaultListSize;

    private readonly HttpClient _client = server.CreateClient();

    /// <summary>
    /// Three pages of 100 units with their final accounts (each 1 + 100 + 100 × 30), six plain pages of 100
    /// units (each 1 + 100) and one page of $n units (1 + n): 9,910 + n, so n = 90 costs 10,000.
    /// </summary>
    private static readonly string PricedQuery = BuildPricedQuery();

    [Fact]
    public async Task The_priced_query_costs_what_its_formula_says()
    {
        ListSize.ShouldBe(30, "the priced query is built for the default list size");

        var answer = await Send.QueryAsync(_client, PricedQuery, new JsonObject { ["n"] = 50 });

        answer.RequestedCost.ShouldBe(9_909 + 50 + 1, answer.ToString());
    }

    [Fact]
    public async Task A_cost_of_10000_runs_and_10001_is_refused_without_touching_sqlite()
    {
        var atLimit = await Send.QueryAsync(_client, PricedQuery, new JsonObject { ["n"] = 90 });
        server.Statements.Reset();
        var over = await Send.QueryAsync(_client, PricedQuery, new JsonObject { ["n"] = 91 }, accept: "application/graphql-response+json");

        atLimit.Status.ShouldBe(HttpStatusCode.OK, atLimit.ToString());
        atLimit.Errors.ShouldBeNull();
        atLimit.RequestedCost.ShouldBe(10_000);
        over.Status.ShouldBe(HttpStatusCode.BadRequest, over.ToString());
        over.ErrorCodes.ShouldBe(["MAX_COST_EXCEEDED"]);
        over.RequestedCost.ShouldBe(10_001);
        over.Body!["extensions"]!["cost"]!["maximumAvailable"]!.GetValue<int>().ShouldBe(10_000);
        over.Body["data"].ShouldBeNull();
        server.Statements.Count.ShouldBe(0, string.Join("\n", server.Statements.Statements));
    }

    [Theory]
    [InlineData("{ __typename }", 0)]
    [InlineData("{ units { totalCount } }", 1)]
    [InlineData("{ units { nodes { key } } }", 11)]
    [InlineData("{ units(first: 3) { edges { cursor node { key } } pageInfo { hasNextPage } } }", 1 + 3 + 3 + 1)]
    [InlineData("{ units(last: 4) { nodes { key duties { key } } } }", 1 + 4 + (4 * 30))]
    [InlineData("{ finalAccounts(first: 2) { nodes { unit { key } figures { key } } } }", 1 + 2 + 2 + (2 * 39))]
    public async Task Connections_count_their_page_and_nested_lists_their_bound(string query, int cost)
    {
        var answer = await Send.QueryAsync(_client, query);

        answer.Status.ShouldBe(HttpStatusCode.OK, answer.ToString());
        answer.RequestedCost.ShouldBe(cost);
    }

    [Fact]
    public async Task Nodes_by_id_cost_one_per_id()
    {
        var ids = new JsonArray(Enumerable.Range(0, 7).Select(i => (JsonNode)Convert.ToBase64String(Encoding.UTF8.GetBytes($"Unit:missing-{i}"))).ToArray());

        var answer = await Send.QueryAsync(_client, "query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new JsonObject { ["ids"] = ids });

        answer.Status.ShouldBe(HttpStatusCode.OK, answer.ToString());
        answer.RequestedCost.ShouldBe(7);
    }

    [Fact]
    public async Task Every_response_reports_the_cost_and_the_request_is_charged_only_what_ran()
    {
        while (server.Charges.TryDequeue(out _))
        {
        }

        var answers = new[]
        {
            await Send.QueryAsync(_client, "{ units { nodes { key } } }"),
            await Send.QueryAsync(_client, "{ units { nodes { nope } } }"),
            await Send.QueryAsync(_client, PricedQuery, new JsonObject { ["n"] = 100 }),
            await Send.RawAsync(_client, Encoding.UTF8.GetBytes("{ units"), "application/graphql"),
            await Send.RawAsync(_client, Encoding.UTF8.GetBytes("not json")),
            await Send.RawAsync(_client, Encoding.UTF8.GetBytes("{}"), "text/plain"),
            await Answer.ReadAsync(await _client.GetAsync(Send.Path + "?query=%7B%20units%20%7B%20totalCount%20%7D%20%7D")),
        };

        answers.Select(a => a.RequestedCost).ShouldBe([11, 0, 10_010, 0, 0, 0, 1]);
        server.Charges.ToArray().ShouldBe([11, 0, 0, 0, 0, 0, 1]);
    }

    [Fact]
    public async Task Introspection_nesting_input_fields_is_counted_from_the_schema_and_refused()
    {
        // Every filter input's fields, their filter inputs' fields, and theirs: about 21,000 objects.
        const string query = "{ __schema { types { inputFields { type { inputFields { type { inputFields { name } } } } } } } }";

        var answer = await Send.QueryAsync(_client, query);

        answer.ErrorCodes.ShouldBe(["MAX_COST_EXCEEDED"], answer.ToString());
        answer.RequestedCost.ShouldNotBeNull().ShouldBeGreaterThan(10_000);
    }

    private static string BuildPricedQuery()
    {
        var query = new StringBuilder("query Priced($n: Int) {");
        for (var i = 1; i <= 3; i++) query.Append($" withAccounts{i}: units(first: 100) {{ nodes {{ finalAccounts {{ key }} }} }}");
        for (var i = 1; i <= 6; i++) query.Append($" page{i}: units(first: 100) {{ nodes {{ key }} }}");
        return query.Append(" last: units(first: $n) { nodes { key } } }").ToString();
    }
}
