using FinalAccounts.Api.Tests.Fixtures;
using FinalAccounts.Api.Tests.Support;

namespace FinalAccounts.Api.Tests.Conventions;

/// <summary>Sorting by several keys, with ties and missing values, in SQL, equals the documented order.</summary>
public sealed class SortTests(FixtureApi api) : IClassFixture<FixtureApi>
{
    [Fact]
    public async Task Several_keys_with_ties_sort_in_order_then_by_key()
    {
        var expected = Oracle.Sort(api.Data.Accounts,
            [(a => a.ReportKind, true), (a => a.ThreePublicTotal, false), (a => a.Unit!.Name, true)], a => a.Id).Select(a => a.Id);
        // The keys tie often: three public totals take three values, names repeat across units.
        api.Data.Accounts.Select(a => (a.ReportKind, a.ThreePublicTotal, a.Unit!.Name)).Distinct().Count().ShouldBeLessThan(api.Data.Accounts.Count);

        var actual = await Paging.ForwardAsync(api.Client, "finalAccounts",
            "order: [{reportKind: DESC}, {threePublicTotal: ASC}, {unit: {name: DESC}}]", pageSize: 100);

        actual.ShouldBe(expected);
    }

    [Fact]
    public async Task Missing_values_sort_first_ascending_and_last_descending()
    {
        var ascending = await Paging.ForwardAsync(api.Client, "finalAccounts", "order: [{incomeTotal: ASC}]", pageSize: 100);
        var descending = await Paging.ForwardAsync(api.Client, "finalAccounts", "order: [{incomeTotal: DESC}]", pageSize: 100);

        ascending.ShouldBe(Oracle.Sort(api.Data.Accounts, [(a => a.IncomeTotal, false)], a => a.Id).Select(a => a.Id));
        descending.ShouldBe(Oracle.Sort(api.Data.Accounts, [(a => a.IncomeTotal, true)], a => a.Id).Select(a => a.Id));
        api.Data.Accounts.First(a => a.Id == ascending[0]).IncomeTotal.ShouldBeNull();
        api.Data.Accounts.First(a => a.Id == descending[^1]).IncomeTotal.ShouldBeNull();
    }

    [Fact]
    public async Task One_entry_with_several_fields_sorts_by_them_in_the_order_written()
    {
        var expected = Oracle.Sort(api.Data.Expenditures,
            [(e => e.BudgetSource, true), (e => e.Amount, false)], e => e.Id).Select(e => e.Id);

        var actual = await Paging.ForwardAsync(api.Client, "expenditures", "order: [{budgetSource: DESC, amount: ASC}]", pageSize: 100);

        actual.ShouldBe(expected);
    }

    [Fact]
    public async Task Without_order_lists_sort_by_key()
    {
        var actual = await Paging.ForwardAsync(api.Client, "figures", "", pageSize: 100);

        actual.ShouldBe(api.Data.Figures.Select(f => f.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Sorting_by_id_descending_reverses_the_key_order()
    {
        var actual = await Paging.ForwardAsync(api.Client, "units", "order: [{id: DESC}]", pageSize: 7);

        actual.ShouldBe(api.Data.Units.Select(u => u.Id).OrderDescending(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Nested_lists_sort_per_parent()
    {
        var data = await api.Client.DataAsync("{ units(first: 100) { nodes { key finalAccounts(order: [{incomeTotal: DESC}, {year: ASC}]) { key } } } }");

        foreach (var unit in data["units"]!["nodes"]!.AsArray())
        {
            var key = unit!["key"]!.GetValue<string>();
            var expected = Oracle.Sort(api.Data.Accounts.Where(a => a.UnitId == key), [(a => a.IncomeTotal, true), (a => a.Year, false)], a => a.Id);
            unit["finalAccounts"]!.AsArray().Select(a => a!["key"]!.GetValue<string>()).ShouldBe(expected.Select(a => a.Id));
        }
    }

    [Fact]
    public async Task Enums_sort_by_name()
    {
        var actual = await Paging.ForwardAsync(api.Client, "dataQualityFindings", "order: [{severity: DESC}]", pageSize: 100);

        actual.ShouldBe(Oracle.Sort(api.Data.Findings, [(f => f.Severity, true)], f => f.Id).Select(f => f.Id));
        api.Data.Findings.Select(f => f.Severity).Distinct().Count().ShouldBeGreaterThan(1);
    }

    [Fact]
    public async Task An_unknown_relation_sort_is_rejected_by_validation()
    {
        var response = await api.Client.PostAsync("{ units(order: [{finalAccounts: ASC}]) { nodes { key } } }");

        response.Errors.ShouldNotBeNull();
        response.Data?["units"].ShouldBeNull();
    }
}
