using FinalAccounts.Api.Tests.Fixtures;

namespace FinalAccounts.Api.Tests.Conventions;

/// <summary>
/// Nested to-many lists take `first`: each parent keeps its first rows after `order`, checked like a page size,
/// and the query cost counts what `first` allows (without it, the list's whole bound).
/// </summary>
public sealed class NestedListTests(FixtureApi api) : IClassFixture<FixtureApi>
{
    [Fact]
    public async Task First_keeps_each_parents_first_rows_after_the_order()
    {
        var data = await api.Client.DataAsync("{ finalAccounts(first: 50) { nodes { key expenditures(first: 2, order: [{amount: DESC}]) { key } } } }");

        var accounts = data["finalAccounts"]!["nodes"]!.AsArray();
        accounts.Count.ShouldBeGreaterThan(5);
        accounts.ShouldContain(a => api.Data.Expenditures.Count(e => e.AccountId == a!["key"]!.GetValue<string>()) > 2);
        foreach (var account in accounts)
        {
            var key = account!["key"]!.GetValue<string>();
            var expected = api.Data.Expenditures.Where(e => e.AccountId == key)
                .OrderByDescending(e => e.Amount).ThenBy(e => e.Id, StringComparer.Ordinal).Take(2).Select(e => e.Id);
            account["expenditures"]!.AsArray().Select(e => e!["key"]!.GetValue<string>()).ShouldBe(expected);
        }
    }

    [Fact]
    public async Task Without_first_every_row_comes_and_first_zero_gives_none()
    {
        var data = await api.Client.DataAsync("{ units(first: 20) { nodes { key all: finalAccounts { key } none: finalAccounts(first: 0) { key } } } }");

        foreach (var unit in data["units"]!["nodes"]!.AsArray())
        {
            var key = unit!["key"]!.GetValue<string>();
            unit["all"]!.AsArray().Count.ShouldBe(api.Data.Accounts.Count(a => a.UnitId == key));
            unit["none"]!.AsArray().ShouldBeEmpty();
        }
    }

    [Theory]
    [InlineData("first: 101", "PAGE_SIZE_EXCEEDED")]
    [InlineData("first: -1", "INVALID_PAGING_ARGUMENTS")]
    public async Task A_first_outside_the_page_limits_is_an_error(string argument, string code)
    {
        var response = await api.Client.PostAsync($"{{ units(first: 2) {{ nodes {{ finalAccounts({argument}) {{ key }} }} }} }}");

        response.FirstErrorCode.ShouldBe(code);
    }

    [Theory]
    [InlineData("expenditures(first: 3)", 1 + 2 + 2 * 3)]
    [InlineData("expenditures", 1 + 2 + 2 * 30)]
    [InlineData("figures", 1 + 2 + 2 * 39)]
    [InlineData("figures(first: 5)", 1 + 2 + 2 * 5)]
    public async Task The_cost_counts_what_first_allows(string list, int cost)
    {
        var response = await api.Client.PostAsync($"{{ finalAccounts(first: 2) {{ nodes {{ {list} {{ key }} }} }} }}");

        response.Errors.ShouldBeNull();
        response.Body["extensions"]!["cost"]!["requestedQueryCost"]!.GetValue<int>().ShouldBe(cost);
    }
}
