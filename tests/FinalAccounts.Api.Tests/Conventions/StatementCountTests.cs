using FinalAccounts.Api.Tests.Fixtures;

namespace FinalAccounts.Api.Tests.Conventions;

/// <summary>The number of SQL statements of a query depends on its shape, never on how many rows it returns.</summary>
public sealed class StatementCountTests(FixtureApi api) : IClassFixture<FixtureApi>
{
    private const string NestedQuery = """
        query($n: Int) {
          finalAccounts(first: $n, order: [{incomeTotal: DESC}]) {
            nodes {
              key
              unit { name region }
              fiscalYear { year }
              figures { metric amount document { fileName } }
              figure(metric: INCOME_TOTAL) { amount }
              expenditures(order: [{amount: DESC}]) { amount category { nameZh } }
              procurement { total }
            }
          }
        }
        """;

    private async Task<int> StatementsOfAsync(string query, object? variables = null)
    {
        await api.Client.DataAsync(query, variables); // warm: the first request also opens and reads the model
        api.Factory.Statements.Reset();
        await api.Client.DataAsync(query, variables);
        return api.Factory.Statements.Count;
    }

    [Fact]
    public async Task Nested_lists_and_relations_cost_the_same_for_2_and_50_accounts()
    {
        var few = await StatementsOfAsync(NestedQuery, new { n = 2 });
        var many = await StatementsOfAsync(NestedQuery, new { n = 50 });

        many.ShouldBe(few, string.Join("\n---\n", api.Factory.Statements.Statements));
        // page, unit, fiscal year, figures, documents of figures, figure by metric, expenditures, categories, procurement
        many.ShouldBe(9, string.Join("\n---\n", api.Factory.Statements.Statements));
    }

    [Fact]
    public async Task A_page_is_one_statement_and_totalCount_adds_one_count_only_when_asked()
    {
        (await StatementsOfAsync("{ units(first: 5, where: {region: {neq: null}}, order: [{name: ASC}]) { nodes { key } pageInfo { endCursor } } }")).ShouldBe(1);
        (await StatementsOfAsync("{ units(first: 5, where: {region: {neq: null}}, order: [{name: ASC}]) { totalCount nodes { key } } }")).ShouldBe(2);
        (await StatementsOfAsync("{ units(where: {region: {neq: null}}) { totalCount } }")).ShouldBe(1);
    }

    [Fact]
    public async Task A_deep_page_is_a_where_on_the_keys_not_an_offset()
    {
        var first = await api.Client.DataAsync("{ expenditures(first: 60, order: [{amount: ASC}]) { pageInfo { endCursor } } }");
        var cursor = first["expenditures"]!["pageInfo"]!["endCursor"]!.GetValue<string>();

        var count = await StatementsOfAsync("query($c: String) { expenditures(first: 10, after: $c, order: [{amount: ASC}]) { nodes { key } } }", new { c = cursor });

        count.ShouldBe(1);
        api.Factory.Statements.Statements.Single().ShouldNotContain("OFFSET", Case.Insensitive);
    }

    [Fact]
    public async Task Fiscal_year_totals_of_every_year_come_from_one_grouped_statement()
    {
        var count = await StatementsOfAsync("{ fiscalYears { nodes { year unitCount accountCount incomeTotal expenditureTotal } } }");

        count.ShouldBe(2);
        api.Factory.Statements.Statements.ShouldContain(s => s.Contains("GROUP BY", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Filter_values_cursors_and_page_sizes_are_sql_parameters_not_literals()
    {
        var count = await StatementsOfAsync("""
            { finalAccounts(first: 7, where: {unit: {name: {startsWith: "重庆市涪陵区"}}, incomeTotal: {gt: 501.01}, reportKind: {in: [UNIT]}}) { nodes { key } } }
            """);

        count.ShouldBe(1);
        var sql = api.Factory.Statements.Statements.Single();
        sql.ShouldNotContain("重庆市涪陵区");
        sql.ShouldNotContain("501");
        sql.ShouldNotContain("'Unit'");
        sql.ShouldNotContain("LIMIT 8");
    }

    [Fact]
    public async Task Nodes_of_several_types_cost_one_statement_per_type()
    {
        string Id(string type, string key) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(type + ":" + key));
        var ids = api.Data.Units.Take(3).Select(u => Id("Unit", u.Id)).Concat(api.Data.Accounts.Take(4).Select(a => Id("FinalAccount", a.Id))).ToArray();

        var count = await StatementsOfAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });

        count.ShouldBe(2);
    }
}
