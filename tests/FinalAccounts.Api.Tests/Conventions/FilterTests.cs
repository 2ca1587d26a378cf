using FinalAccounts.Api.Tests.Fixtures;
using FinalAccounts.Api.Tests.Support;

namespace FinalAccounts.Api.Tests.Conventions;

/// <summary>Filters run in SQL return exactly the rows the same conditions select in memory.</summary>
public sealed class FilterTests(FixtureApi api) : IClassFixture<FixtureApi>
{
    [Theory]
    [MemberData(nameof(FilterCases.Names), MemberType = typeof(FilterCases))]
    public async Task Filter_returns_the_rows_that_match_in_memory(string name)
    {
        var filter = FilterCases.All[name];
        var expected = filter.Expected(api.Data).Order(StringComparer.Ordinal).ToList();

        var actual = await Paging.ForwardAsync(api.Client, filter.Field, $"where: {filter.Where}", pageSize: 100);

        actual.ShouldBe(expected, $"{filter.Field}(where: {filter.Where})");
    }

    [Fact]
    public void Every_case_selects_some_rows_and_leaves_some_out_unless_it_is_meant_to()
    {
        // A filter case that matched all or nothing would not test its operator.
        foreach (var (name, filter) in FilterCases.All)
        {
            if (name == "enum nin") continue; // meant to match nothing
            var total = filter.Field switch
            {
                "units" => api.Data.Units.Count,
                "finalAccounts" => api.Data.Accounts.Count,
                "performanceProjects" => api.Data.Projects.Count,
                "expenseCategories" => api.Data.Categories.Count,
                "expenditures" => api.Data.Expenditures.Count,
                _ => throw new InvalidOperationException(filter.Field),
            };
            var count = filter.Expected(api.Data).Count();
            count.ShouldBeGreaterThan(0, name);
            count.ShouldBeLessThan(total, name);
        }
    }

    [Fact]
    public async Task TotalCount_counts_the_filtered_rows()
    {
        var data = await api.Client.DataAsync("{ finalAccounts(first: 1, where: {year: {eq: 2021}}) { totalCount } }");

        data["finalAccounts"]!["totalCount"]!.GetValue<int>().ShouldBe(api.Data.Accounts.Count(a => a.Year == 2021));
    }

    [Fact]
    public async Task An_id_of_another_type_is_an_error_with_a_code()
    {
        var unitId = Convert.ToBase64String("Unit:u001"u8.ToArray());

        var response = await api.Client.PostAsync($$$"""{ finalAccounts(where: {id: {eq: "{{{unitId}}}"}}) { nodes { key } } }""");

        response.FirstErrorCode.ShouldBe("INVALID_ID");
    }

    [Theory]
    [InlineData("{ finalAccounts(where: {expenditureTotal: {gt: 99999999999999}}) { totalCount } }")]
    [InlineData("{ finalAccounts(where: {incomeTotal: {in: [1, -10000000000000.5]}}) { nodes { key } } }")]
    [InlineData("{ units { nodes { finalAccounts(where: {expenditureTotal: {lte: 79228162514264337593543950335}}) { key } } } }")]
    [InlineData("{ aggregate(metric: EXPENDITURE_TOTAL, groupBy: [YEAR], where: {expenditureTotal: {ngte: 10000000000000}}) { sum } }")]
    public async Task An_amount_beyond_what_a_column_holds_is_a_filter_error_not_an_internal_one(string query)
    {
        var response = await api.Client.PostAsync(query);

        response.FirstErrorCode.ShouldBe("INVALID_FILTER");
        response.Errors![0]!["message"]!.GetValue<string>().ShouldContain("out of range");
    }

    [Fact]
    public async Task Nested_list_fields_filter_per_parent()
    {
        var data = await api.Client.DataAsync("""{ units(first: 100) { nodes { key finalAccounts(where: {year: {gte: 2021}}) { key year } } } }""");

        foreach (var unit in data["units"]!["nodes"]!.AsArray())
        {
            var key = unit!["key"]!.GetValue<string>();
            var expected = api.Data.Accounts.Where(a => a.UnitId == key && a.Year >= 2021).Select(a => a.Id).Order(StringComparer.Ordinal);
            unit["finalAccounts"]!.AsArray().Select(a => a!["key"]!.GetValue<string>()).ShouldBe(expected);
        }
    }
}
