using System.Text.Json.Nodes;
using FinalAccounts.Api.GraphQL.Conventions.Sql;
using FinalAccounts.Api.Tests.Fixtures;

namespace FinalAccounts.Api.Tests.Conventions;

/// <summary>
/// Pages, counts, nested lists and lookups whose parts stay on a row's own columns are written as SQL directly; the
/// rest EF Core translates. Both must answer alike: every query here runs on the fixture server and on one with
/// <c>GraphQL:DirectSql</c> off (everything through EF Core), and the answers must be equal, byte for byte.
/// </summary>
public sealed class DirectSqlTests(FixtureApi api, DirectSqlTests.EfCoreOnlyApi efCore) : IClassFixture<FixtureApi>, IClassFixture<DirectSqlTests.EfCoreOnlyApi>
{
    /// <summary>The fixture snapshot served with every statement translated by EF Core.</summary>
    public sealed class EfCoreOnlyApi() : FixtureApi(new Dictionary<string, string> { [SqlMode.SettingName] = "false" });

    private static readonly Dictionary<string, string> Rows = new()
    {
        ["units"] = "id key name region kind",
        ["finalAccounts"] = "id key year incomeTotal expenditureTotal threePublicTotal organOperatingInScope reportKind overseasTripGroups performanceConclusion provenance unit { name }",
        ["expenditures"] = "id amount sharePercent budgetSource year ordinal category { code nameZh inCodebook }",
        ["expenseCategories"] = "id code nameZh inCodebook",
        ["performanceProjects"] = "id",
    };

    public static TheoryData<string> Cases => [.. FilterCases.All.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Every_filter_answers_alike_with_and_without_direct_sql(string name)
    {
        var filter = FilterCases.All[name];
        var rows = Rows[filter.Field];
        var first = $"{{ {filter.Field}(where: {filter.Where}, first: 7) {{ totalCount pageInfo {{ hasNextPage endCursor }} nodes {{ {rows} }} }} }}";
        var page = await SameAsync(first);

        // The next page, from the cursor, and the page before it, backward.
        if (page[filter.Field]!["pageInfo"]!["endCursor"]?.GetValue<string>() is { } cursor)
        {
            await SameAsync($$"""{ {{filter.Field}}(where: {{filter.Where}}, first: 7, after: "{{cursor}}") { pageInfo { hasNextPage hasPreviousPage } nodes { {{rows}} } } }""");
            await SameAsync($$"""{ {{filter.Field}}(where: {{filter.Where}}, last: 3, before: "{{cursor}}") { pageInfo { hasNextPage hasPreviousPage } nodes { {{rows}} } } }""");
        }
    }

    [Theory]
    [InlineData("finalAccounts", "[{incomeTotal: DESC}, {year: ASC}]")]
    [InlineData("finalAccounts", "[{organOperatingInScope: ASC}, {overseasTripGroups: DESC}]")]
    [InlineData("finalAccounts", "[{reportKind: DESC}, {performanceConclusion: ASC}]")]
    [InlineData("finalAccounts", "[{unit: {name: ASC}}]")]
    [InlineData("units", "[{region: ASC}, {name: DESC}]")]
    [InlineData("expenditures", "[{amount: DESC}, {sharePercent: ASC}]")]
    [InlineData("expenditures", "[{budgetSource: ASC}, {ordinal: DESC}]")]
    public async Task Sorted_pages_walk_alike_forward_and_backward(string field, string order)
    {
        var rows = Rows[field];
        string? cursor = null;
        var pages = 0;
        for (var more = true; more && pages < 8; pages++)
        {
            var after = cursor is null ? "" : $", after: \"{cursor}\"";
            var data = await SameAsync($"{{ {field}(order: {order}, first: 6{after}) {{ pageInfo {{ hasNextPage endCursor }} nodes {{ {rows} }} }} }}");
            cursor = data[field]!["pageInfo"]!["endCursor"]!.GetValue<string>();
            more = data[field]!["pageInfo"]!["hasNextPage"]!.GetValue<bool>();
            await SameAsync($"{{ {field}(order: {order}, last: 4, before: \"{cursor}\") {{ pageInfo {{ hasPreviousPage startCursor }} nodes {{ {rows} }} }} }}");
        }
        pages.ShouldBeGreaterThanOrEqualTo(3);
    }

    [Theory]
    [InlineData("expenditures(order: [{amount: DESC}]) { amount sharePercent category { code nameZh } }")]
    [InlineData("expenditures(where: {amount: {gt: 100}, budgetSource: {in: [GENERAL_PUBLIC_BUDGET]}}, order: [{sharePercent: DESC}], first: 2) { id amount }")]
    [InlineData("expenditures(where: {or: [{amount: {eq: null}}, {sharePercent: {nlt: 30}}]}) { id amount sharePercent }")]
    [InlineData("expenditures(where: {category: {code: {startsWith: \"20\"}}}) { id category { code } }")]
    [InlineData("figures(order: [{changeAmount: DESC}]) { metric amount changeAmount changePercent }")]
    [InlineData("unit { name region finalAccounts(where: {year: {neq: 2020}}, order: [{year: DESC}]) { year incomeTotal } }")]
    public async Task Nested_lists_and_relations_answer_alike(string selection) =>
        await SameAsync($"{{ finalAccounts(first: 30, order: [{{expenditureTotal: DESC}}]) {{ nodes {{ id {selection} }} }} }}");

    [Fact]
    public async Task Lookups_answer_alike_one_key_or_many()
    {
        var ids = (await api.Client.DataAsync("{ finalAccounts(first: 12) { nodes { id } } }"))["finalAccounts"]!["nodes"]!.AsArray()
            .Select(n => n!["id"]!.GetValue<string>()).ToList();
        await SameAsync($$"""{ node(id: "{{ids[0]}}") { ... on FinalAccount { year incomeTotal organOperatingInScope unit { name } } } }""");
        var many = string.Join(" ", ids.Select((id, i) => $$"""n{{i}}: node(id: "{{id}}") { ... on FinalAccount { year expenditureTotal reportKind } }"""));
        await SameAsync($"{{ {many} }}");
    }

    [Fact]
    public async Task A_page_on_its_own_columns_is_written_directly_and_one_through_a_relation_is_not()
    {
        const string own = "{ finalAccounts(where: {year: {gte: 2020}, incomeTotal: {gt: 100}}, order: [{incomeTotal: DESC}], first: 5) { totalCount nodes { year incomeTotal } } }";
        api.Factory.Statements.Reset();
        await api.Client.DataAsync(own);
        var statements = api.Factory.Statements.Statements;
        statements.Count.ShouldBe(2);
        statements.ShouldAllBe(s => s.Contains("FROM \"final_account\" AS r", StringComparison.Ordinal));
        statements.ShouldContain(s => s.StartsWith("SELECT COUNT(*)", StringComparison.Ordinal));

        const string related = """{ finalAccounts(where: {unit: {region: {eq: "重庆市涪陵区"}}}, first: 5) { nodes { year } } }""";
        api.Factory.Statements.Reset();
        await api.Client.DataAsync(related);
        api.Factory.Statements.Statements.Single().ShouldNotContain("AS r ");
        await SameAsync(related);
    }

    private async Task<JsonNode> SameAsync(string query)
    {
        var direct = await api.Client.PostAsync(query);
        var translated = await efCore.Client.PostAsync(query);
        direct.Errors.ShouldBeNull($"errors for {query}: {direct.Body.ToJsonString()}");
        direct.Body.ToJsonString().ShouldBe(translated.Body.ToJsonString(), query);
        return direct.Body["data"]!;
    }
}
