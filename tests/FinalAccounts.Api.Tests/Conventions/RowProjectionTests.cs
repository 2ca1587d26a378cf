using System.Text.Json.Nodes;
using FinalAccounts.Api.Tests.Fixtures;

namespace FinalAccounts.Api.Tests.Conventions;

/// <summary>
/// A page reads only the columns its selection needs, and what it serves is exactly what whole rows give:
/// through `nodes`, `edges { node }`, fragments and cursors alike.
/// </summary>
public sealed class RowProjectionTests(FixtureApi api) : IClassFixture<FixtureApi>
{
    [Fact]
    public async Task A_page_selects_the_columns_of_its_fields_its_key_and_its_sort_keys()
    {
        var (_, select) = await ColumnsReadAsync("{ finalAccounts(first: 5, order: [{incomeTotal: DESC}]) { nodes { year expenditureTotal unit { name } } } }",
            "final_account");

        foreach (var column in new[] { "\"id\"", "\"year\"", "\"expenditure_total\"", "\"unit_id\"", "\"income_total\"" })
            select.ShouldContain(column);
        foreach (var column in new[] { "\"three_public_total\"", "\"personnel_expenses\"", "\"document_id\"", "\"carryover_in\"" })
            select.ShouldNotContain(column);
    }

    [Theory]
    [InlineData("nodes { ...Row }")]
    [InlineData("edges { cursor node { ... on FinalAccount { ...Row } } }")]
    [InlineData("nodes { key year incomeTotal expenditureTotal threePublicTotal provenance reportKind unit { name } procurement { total } }")]
    public async Task Pages_read_with_fewer_columns_equal_pages_of_whole_rows(string selection)
    {
        const string fragment = " fragment Row on FinalAccount { key year incomeTotal expenditureTotal threePublicTotal provenance reportKind unit { name } procurement { total } }";
        var fragmentUsed = selection.Contains("...Row", StringComparison.Ordinal) ? fragment : "";
        var arguments = "first: 40, order: [{expenditureTotal: DESC}], where: {year: {gte: 2021}}";

        var projected = await api.Client.DataAsync($"{{ finalAccounts({arguments}) {{ {selection} }} }}{fragmentUsed}");
        // `figure(metric:)` is computed: with it the page reads whole rows.
        var whole = await api.Client.DataAsync(
            $"{{ finalAccounts({arguments}) {{ nodes {{ key year incomeTotal expenditureTotal threePublicTotal provenance reportKind unit {{ name }} procurement {{ total }} figure(metric: INCOME_TOTAL) {{ amount }} }} }} }}");

        var rows = projected["finalAccounts"]!["nodes"] ?? new JsonArray([.. projected["finalAccounts"]!["edges"]!.AsArray().Select(e => e!["node"]!.DeepClone())]);
        var expected = whole["finalAccounts"]!["nodes"]!.AsArray();
        rows.AsArray().Count.ShouldBe(expected.Count);
        rows.AsArray().Count.ShouldBeGreaterThan(5);
        for (var i = 0; i < expected.Count; i++)
        {
            var full = expected[i]!.AsObject().DeepClone().AsObject();
            full.Remove("figure");
            rows[i]!.ToJsonString().ShouldBe(full.ToJsonString());
        }
    }

    [Fact]
    public async Task A_nested_list_selects_its_fields_its_key_its_parent_column_and_its_sort_keys()
    {
        var (_, select) = await ColumnsReadAsync("{ finalAccounts(first: 5) { nodes { expenditures(order: [{sharePercent: DESC}]) { amount category { code } } } } }",
            "expenditure");

        foreach (var column in new[] { "\"id\"", "\"amount\"", "\"category_id\"", "\"account_id\"", "\"share_percent\"" })
            select.ShouldContain(column);
        foreach (var column in new[] { "\"reason\"", "\"stated_name\"", "\"initial_budget_amount\"", "\"document_id\"" })
            select.ShouldNotContain(column);
    }

    [Theory]
    [InlineData("expenditures { key amount sharePercent provenance line category { code } }")]
    [InlineData("expenditures(order: [{amount: DESC}], first: 3) { key amount sharePercent provenance line category { code } }")]
    [InlineData("expenditures(where: {amount: {gt: 1}}) { ... on Expenditure { key amount sharePercent provenance line category { code } } }")]
    public async Task Nested_lists_read_with_fewer_columns_equal_lists_of_whole_rows(string list)
    {
        var projected = await api.Client.DataAsync($"{{ finalAccounts(first: 30) {{ nodes {{ key {list} }} }} }}");

        foreach (var account in projected["finalAccounts"]!["nodes"]!.AsArray())
        {
            var key = account!["key"]!.GetValue<string>();
            foreach (var row in account["expenditures"]!.AsArray())
            {
                var expected = api.Data.Expenditures.Single(e => e.Id == row!["key"]!.GetValue<string>());
                expected.AccountId.ShouldBe(key);
                ((decimal?)row!["amount"]?.GetValue<decimal>()).ShouldBe(expected.Amount);
                ((decimal?)row["sharePercent"]?.GetValue<decimal>()).ShouldBe(expected.SharePercent);
                row["provenance"]!.GetValue<string>().ShouldBe(expected.Provenance.ToString().ToUpperInvariant());
                ((int?)row["line"]?.GetValue<int>()).ShouldBe(expected.Line);
                (row["category"]!["code"]?.GetValue<string>()).ShouldBe(api.Data.Categories.Single(c => c.Id == expected.CategoryId).Code);
            }
        }
    }

    [Fact]
    public async Task A_lookup_by_id_selects_the_columns_of_its_fields()
    {
        var id = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"FinalAccount:{api.Data.Accounts[0].Id}"));
        var (data, select) = await ColumnsReadAsync(
            $$"""{ node(id: "{{id}}") { ... on FinalAccount { year incomeTotal } ... on Unit { name region } } }""", "final_account");

        data["node"]!["year"]!.GetValue<int>().ShouldBe(api.Data.Accounts[0].Year);
        api.Factory.Statements.Statements.Count.ShouldBe(1);
        foreach (var column in new[] { "\"id\"", "\"year\"", "\"income_total\"" })
            select.ShouldContain(column);
        foreach (var column in new[] { "\"expenditure_total\"", "\"unit_id\"", "\"name\"", "\"region\"" })
            select.ShouldNotContain(column);
    }

    [Fact]
    public async Task Fields_reaching_one_type_with_different_columns_share_one_statement_and_each_gets_its_values()
    {
        const string query = """
            { a: finalAccounts(first: 30) { nodes { unitId: unit { key name } } }
              b: finalAccounts(first: 30, order: [{year: DESC}]) { nodes { unit { key region supervisingDepartment } } } }
            """;
        await api.Client.DataAsync(query);
        api.Factory.Statements.Reset();

        var data = await api.Client.DataAsync(query);

        api.Factory.Statements.Statements.Count(s => s.Contains("FROM \"unit\"", StringComparison.Ordinal)).ShouldBe(1);
        foreach (var unit in data["a"]!["nodes"]!.AsArray().Select(n => n!["unitId"]!))
            unit["name"]!.GetValue<string>().ShouldBe(api.Data.Units.Single(u => u.Id == unit["key"]!.GetValue<string>()).Name);
        foreach (var unit in data["b"]!["nodes"]!.AsArray().Select(n => n!["unit"]!))
        {
            var expected = api.Data.Units.Single(u => u.Id == unit["key"]!.GetValue<string>());
            (unit["region"]?.GetValue<string>()).ShouldBe(expected.Region);
            (unit["supervisingDepartment"]?.GetValue<string>()).ShouldBe(expected.SupervisingDepartment);
        }
    }

    [Fact]
    public async Task A_field_asking_more_columns_after_a_statement_ran_gets_them_from_another()
    {
        var data = await api.Client.DataAsync(
            "{ finalAccounts(first: 10) { nodes { unit { key name finalAccounts(first: 2) { unit { key region supervisingDepartment } } } } } }");

        foreach (var account in data["finalAccounts"]!["nodes"]!.AsArray())
        {
            var outer = account!["unit"]!;
            outer["name"]!.GetValue<string>().ShouldBe(api.Data.Units.Single(u => u.Id == outer["key"]!.GetValue<string>()).Name);
            foreach (var inner in outer["finalAccounts"]!.AsArray().Select(a => a!["unit"]!))
            {
                var expected = api.Data.Units.Single(u => u.Id == inner["key"]!.GetValue<string>());
                (inner["region"]?.GetValue<string>()).ShouldBe(expected.Region);
                (inner["supervisingDepartment"]?.GetValue<string>()).ShouldBe(expected.SupervisingDepartment);
            }
        }
    }

    [Fact]
    public async Task Cursors_of_a_projected_page_continue_where_it_ended()
    {
        const string page = "query($after: String) { finalAccounts(first: 7, after: $after, order: [{incomeTotal: ASC}]) { nodes { key } pageInfo { endCursor hasNextPage } } }";
        var keys = new List<string>();
        string? after = null;
        do
        {
            var data = await api.Client.DataAsync(page, new { after });
            keys.AddRange(data["finalAccounts"]!["nodes"]!.AsArray().Select(n => n!["key"]!.GetValue<string>()));
            after = data["finalAccounts"]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? data["finalAccounts"]!["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        } while (after is not null);

        var expected = api.Data.Accounts.OrderBy(a => a.IncomeTotal).ThenBy(a => a.Id, StringComparer.Ordinal).Select(a => a.Id);
        keys.ShouldBe(expected);
    }

    /// <summary>Runs <paramref name="query"/> (once before, so nothing else is measured) and returns its data and the column list of its one statement on <paramref name="table"/>.</summary>
    private async Task<(JsonNode Data, string Select)> ColumnsReadAsync(string query, string table)
    {
        await api.Client.DataAsync(query);
        api.Factory.Statements.Reset();

        var data = await api.Client.DataAsync(query);

        var statement = api.Factory.Statements.Statements.Single(s => s.Contains($"FROM \"{table}\"", StringComparison.Ordinal));
        return (data, statement[..statement.IndexOf("FROM", StringComparison.Ordinal)]);
    }
}
