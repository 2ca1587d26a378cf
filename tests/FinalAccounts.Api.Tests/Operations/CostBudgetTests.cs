using System.Net;
using FinalAccounts.Api.Operations;
using FinalAccounts.Api.Tests.Operations.Support;

namespace FinalAccounts.Api.Tests.Operations;

/// <summary>
/// The cost budget at its edge: each request is charged the cost the transport reports in
/// <c>extensions.cost</c>; with a budget of exactly two queries, both pass and the third is refused 429
/// <c>COST_LIMITED</c> with <c>Retry-After</c> and the <c>X-RateLimit-Cost-*</c> headers.
/// </summary>
public sealed class CostBudgetTests : IDisposable
{
    private const string Query = "{ units(first: 5) { nodes { name finalAccounts { year } } } }";

    private readonly SnapshotFiles _files = new();

    public CostBudgetTests() => _files.Demo("demo.db");

    [Fact]
    public async Task A_budget_of_two_queries_passes_two_and_refuses_the_third()
    {
        var cost = await CostOfAsync(Query);
        cost.ShouldBeGreaterThan(0);
        using var server = Server(budget: 2 * cost);
        var client = server.CreateClient();

        var first = await Exchange.PostAsync(client, Query);
        first.Status.ShouldBe(HttpStatusCode.OK);
        first.LongHeader(RateLimitHeaders.CostLimit).ShouldBe(2 * cost);
        first.LongHeader(RateLimitHeaders.CostRemaining).ShouldBe(cost);

        var second = await Exchange.PostAsync(client, Query);
        second.Status.ShouldBe(HttpStatusCode.OK);
        second.LongHeader(RateLimitHeaders.CostRemaining).ShouldBe(0);
        second.LongHeader(RateLimitHeaders.CostReset).ShouldBeInRange(3590, 3600);

        var third = await Exchange.PostAsync(client, Query);
        third.Status.ShouldBe(HttpStatusCode.TooManyRequests);
        third.ErrorCode.ShouldBe("COST_LIMITED");
        third.LongHeader("Retry-After").ShouldBeInRange(1, 3600 / (2 * cost) + 1);
        third.LongHeader(RateLimitHeaders.CostRemaining).ShouldBe(0);
        third.Header(RateLimitHeaders.Remaining).ShouldNotBeNull();
    }

    [Fact]
    public async Task A_request_costing_more_than_what_is_left_runs_and_puts_the_client_in_debt()
    {
        var cost = await CostOfAsync(Query);
        using var server = Server(budget: cost + cost / 2);
        var client = server.CreateClient();
        (await Exchange.PostAsync(client, Query)).Status.ShouldBe(HttpStatusCode.OK);

        var overdraft = await Exchange.PostAsync(client, Query);
        overdraft.Status.ShouldBe(HttpStatusCode.OK);
        overdraft.LongHeader(RateLimitHeaders.CostRemaining).ShouldBe(0);

        var refused = await Exchange.PostAsync(client, Query);
        refused.ErrorCode.ShouldBe("COST_LIMITED");
        // The debt (half a query) is repaid before one unit of budget is back.
        refused.LongHeader("Retry-After").ShouldBeGreaterThan(3600L * (cost / 2) / (cost + cost / 2));
    }

    /// <summary>The cost the transport reports for <paramref name="query"/>.</summary>
    private async Task<long> CostOfAsync(string query)
    {
        using var probe = Server(budget: 1_000_000);
        var answer = await Exchange.PostAsync(probe.CreateClient(), query);
        answer.Status.ShouldBe(HttpStatusCode.OK);
        var cost = answer.Body!["extensions"]?["cost"]?["requestedQueryCost"]
            ?? throw new ShouldAssertException("The transport reports no extensions.cost.requestedQueryCost: " + answer.Body.ToJsonString());
        return cost.GetValue<long>();
    }

    private OperationsFactory Server(long budget) => new(_files.PathOf("demo.db"), new Dictionary<string, string?>
    {
        ["Operations:RateLimits:CostPerHour"] = budget.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Operations:RateLimits:CostBurst"] = budget.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });

    public void Dispose() => _files.Dispose();
}
