using System.Text.Json.Nodes;
using FinalAccounts.Api.GraphQL.Analytics;
using FinalAccounts.Data.Entities;

namespace FinalAccounts.Api.Tests.Analytics;

/// <summary>Aggregates over HTTP equal the same sums computed here, in C#, over the flat facts of the same snapshot.</summary>
public sealed class AggregateTests(DemoApi api) : IClassFixture<DemoApi>
{
    private static decimal? Percent(decimal part, decimal whole) =>
        whole == 0 ? null : Math.Round(part * 100m / whole, 2, MidpointRounding.AwayFromZero);

    [Fact]
    public async Task Every_metric_summed_by_year_equals_its_column_summed_in_memory()
    {
        var metrics = MetricCatalogue.All.Select(m => m.Name).ToList();
        var data = new System.Text.Json.Nodes.JsonObject();
        foreach (var chunk in metrics.Select((m, i) => (m, i)).Chunk(10)) // a request has at most 1,000 tokens
        {
            var query = "{ " + string.Concat(chunk.Select(x =>
                $"m{x.i}: aggregate(metric: {x.m}, groupBy: [YEAR], first: 100) {{ sum count totalCount nodes {{ year sum count }} }} ")) + "}";
            foreach (var (alias, answer) in (await api.Client.DataAsync(query)).AsObject().ToList())
                data[alias] = answer!.DeepClone();
        }

        using var db = DemoApi.Open();
        var nonEmpty = 0;
        for (var i = 0; i < metrics.Count; i++)
        {
            var facts = FlatFacts.Of(db, metrics[i]);
            var answer = data[$"m{i}"]!;
            answer["count"]!.GetValue<int>().ShouldBe(facts.Count, metrics[i]);
            ((decimal?)answer["sum"]?.GetValue<decimal>()).ShouldBe(facts.Count == 0 ? null : facts.Sum(f => f.Amount), metrics[i]);
            if (facts.Count > 0) nonEmpty++;
            var expected = facts.GroupBy(f => f.Year).OrderBy(g => g.Key).Select(g => (g.Key, g.Sum(f => f.Amount), g.Count())).ToList();
            answer["nodes"]!.AsArray().Select(n => (n!["year"]!.GetValue<int>(), n["sum"]!.GetValue<decimal>(), n["count"]!.GetValue<int>()))
                .ShouldBe(expected, metrics[i]);
            answer["totalCount"]!.GetValue<int>().ShouldBe(expected.Count);
        }
        nonEmpty.ShouldBeGreaterThan(30);
    }

    [Fact]
    public async Task Groups_by_region_and_department_after_a_where_on_the_accounts_and_their_units()
    {
        var data = await api.Client.DataAsync("""
            { aggregate(metric: EXPENDITURE_TOTAL, groupBy: [REGION, SUPERVISING_DEPARTMENT], first: 100,
                        where: {year: {gte: 2022}, unit: {kind: {eq: "事业单位"}}}) {
                sum count totalCount groupBy
                nodes { region supervisingDepartment year unit { name } category { code } sum count sharePercent previousYearSum changeAmount }
            } }
            """);

        using var db = DemoApi.Open();
        var facts = FlatFacts.Of(db, "EXPENDITURE_TOTAL").Where(f => f.Year >= 2022 && f.Unit.Kind == "事业单位").ToList();
        var total = facts.Sum(f => f.Amount);
        var expected = facts.GroupBy(f => (f.Unit.Region, f.Unit.SupervisingDepartment))
            .OrderBy(g => g.Key.Region, StringComparer.Ordinal).ThenBy(g => g.Key.SupervisingDepartment, StringComparer.Ordinal)
            .Select(g => (g.Key.Region, g.Key.SupervisingDepartment, g.Sum(f => f.Amount), g.Count(), Percent(g.Sum(f => f.Amount), total)))
            .ToList();
        var aggregate = data["aggregate"]!;
        aggregate["sum"]!.GetValue<decimal>().ShouldBe(total);
        aggregate["count"]!.GetValue<int>().ShouldBe(facts.Count);
        aggregate["totalCount"]!.GetValue<int>().ShouldBe(expected.Count);
        aggregate["groupBy"]!.AsArray().Select(d => d!.GetValue<string>()).ShouldBe(["REGION", "SUPERVISING_DEPARTMENT"]);
        var nodes = aggregate["nodes"]!.AsArray();
        nodes.Select(n => (n!["region"]?.GetValue<string>(), n["supervisingDepartment"]?.GetValue<string>(), n["sum"]!.GetValue<decimal>(),
            n["count"]!.GetValue<int>(), n["sharePercent"]?.GetValue<decimal>())).ShouldBe(expected);
        nodes.ShouldAllBe(n => n!["year"] == null && n["unit"] == null && n["category"] == null && n["previousYearSum"] == null && n["changeAmount"] == null);
    }

    [Fact]
    public async Task Expenditure_by_category_groups_by_category_and_budget_source_after_a_where_on_the_rows()
    {
        var data = await api.Client.DataAsync("""
            { aggregate(metric: CATEGORY_EXPENDITURE, groupBy: [CATEGORY, BUDGET_SOURCE], first: 100,
                        where: {year: {eq: 2023}}, expenditureWhere: {amount: {gte: 5}, category: {code: {neq: "201"}}}) {
                sum count
                nodes { category { code nameZh nameEn } budgetSource { budgetSource nameZh nameEn } sum count }
            } }
            """);

        using var db = DemoApi.Open();
        var facts = FlatFacts.Of(db, "CATEGORY_EXPENDITURE").Where(f => f.Year == 2023 && f.Amount >= 5 && f.Category!.Code != "201").ToList();
        var expected = facts.GroupBy(f => (f.Category!.Id, f.BudgetSource!.Value))
            .Select(g => (Category: g.First().Category!, Source: g.Key.Value, Sum: g.Sum(f => f.Amount), Count: g.Count()))
            .OrderBy(g => g.Category.Code, StringComparer.Ordinal).ThenBy(g => g.Category.Id, StringComparer.Ordinal)
            .Select(g => (g.Category.Code, g.Category.NameZh, g.Category.NameEn, BudgetSourceLabel.For(g.Source).NameEn, g.Sum, g.Count))
            .ToList();
        expected.Count.ShouldBeGreaterThan(3);
        data["aggregate"]!["sum"]!.GetValue<decimal>().ShouldBe(facts.Sum(f => f.Amount));
        data["aggregate"]!["nodes"]!.AsArray().Select(n => (n!["category"]!["code"]?.GetValue<string>(), n["category"]!["nameZh"]!.GetValue<string>(),
                n["category"]!["nameEn"]?.GetValue<string>(), n["budgetSource"]!["nameEn"]!.GetValue<string>(), n["sum"]!.GetValue<decimal>(), n["count"]!.GetValue<int>()))
            .ShouldBe(expected);
    }

    [Fact]
    public async Task Year_groupings_give_the_change_from_the_previous_years_group_and_null_without_one()
    {
        var data = await api.Client.DataAsync("""
            { aggregate(metric: PERSONNEL_EXPENSES, groupBy: [UNIT_KIND, YEAR], first: 100) {
                nodes { unitKind { nameZh nameEn } year sum previousYearSum changeAmount changePercent }
            } }
            """);

        using var db = DemoApi.Open();
        var sums = FlatFacts.Of(db, "PERSONNEL_EXPENSES").GroupBy(f => (f.Unit.Kind, f.Year)).ToDictionary(g => g.Key, g => g.Sum(f => f.Amount));
        var nodes = data["aggregate"]!["nodes"]!.AsArray();
        nodes.Count.ShouldBe(sums.Count);
        foreach (var node in nodes)
        {
            var kind = node!["unitKind"]!["nameZh"]!.GetValue<string>();
            var year = node["year"]!.GetValue<int>();
            node["sum"]!.GetValue<decimal>().ShouldBe(sums[(kind, year)]);
            node["unitKind"]!["nameEn"]!.GetValue<string>().ShouldBe(kind == "事业单位" ? "Public institution" : "Administrative unit");
            if (sums.TryGetValue((kind, year - 1), out var previous))
            {
                node["previousYearSum"]!.GetValue<decimal>().ShouldBe(previous);
                node["changeAmount"]!.GetValue<decimal>().ShouldBe(sums[(kind, year)] - previous);
                node["changePercent"]!.GetValue<decimal>().ShouldBe(Percent(sums[(kind, year)] - previous, previous)!.Value);
            }
            else
            {
                node["previousYearSum"].ShouldBeNull();
                node["changeAmount"].ShouldBeNull();
                node["changePercent"].ShouldBeNull();
            }
        }
        nodes.Count(n => n!["previousYearSum"] is null).ShouldBe(2); // the first year of each kind
    }

    [Fact]
    public async Task The_previous_group_must_be_the_year_before_not_just_the_previous_one_in_scope()
    {
        var data = await api.Client.DataAsync("""
            { aggregate(metric: INCOME_TOTAL, groupBy: [YEAR], where: {year: {in: [2020, 2022, 2023]}}) { nodes { year previousYearSum } } }
            """);

        data["aggregate"]!["nodes"]!.AsArray().Select(n => (n!["year"]!.GetValue<int>(), n["previousYearSum"] is not null))
            .ShouldBe([(2020, false), (2022, false), (2023, true)]);
    }

    [Fact]
    public async Task Top_n_by_sum_pages_through_every_group_once_in_order()
    {
        using var db = DemoApi.Open();
        var expected = FlatFacts.Of(db, "PROJECT_EXPENDITURE")
            .GroupBy(f => f.Unit.Id).Select(g => (Unit: g.First().Unit, Sum: g.Sum(f => f.Amount)))
            .OrderByDescending(x => x.Sum).ThenBy(x => x.Unit.Name, StringComparer.Ordinal).ThenBy(x => x.Unit.Id, StringComparer.Ordinal)
            .Select(x => (x.Unit.Name, x.Sum)).ToList();

        var seen = new List<(string, decimal)>();
        string? cursor = null;
        for (var page = 0; page < 20; page++)
        {
            var data = await api.Client.DataAsync("""
                query($after: String) { aggregate(metric: PROJECT_EXPENDITURE, groupBy: [UNIT], order: [{sum: DESC}], first: 7, after: $after) {
                    totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { unit { name } sum } }
                } }
                """, new { after = cursor });
            var aggregate = data["aggregate"]!;
            aggregate["totalCount"]!.GetValue<int>().ShouldBe(expected.Count);
            aggregate["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>().ShouldBe(cursor is not null);
            var edges = aggregate["edges"]!.AsArray();
            seen.AddRange(edges.Select(e => (e!["node"]!["unit"]!["name"]!.GetValue<string>(), e["node"]!["sum"]!.GetValue<decimal>())));
            if (!aggregate["pageInfo"]!["hasNextPage"]!.GetValue<bool>()) break;
            edges.Count.ShouldBe(7);
            cursor = aggregate["pageInfo"]!["endCursor"]!.GetValue<string>();
            edges[^1]!["cursor"]!.GetValue<string>().ShouldBe(cursor);
        }

        seen.ShouldBe(expected);
    }

    [Fact]
    public async Task Sorting_by_change_in_percent_puts_groups_without_a_previous_year_last()
    {
        var data = await api.Client.DataAsync("""
            { aggregate(metric: TRAINING_FEES, groupBy: [UNIT, YEAR], order: [{changePercent: DESC}], first: 100, where: {year: {lte: 2021}}) { nodes { year changePercent } } }
            """);

        var percents = data["aggregate"]!["nodes"]!.AsArray().Select(n => n!["changePercent"]?.GetValue<decimal>()).ToList();
        var known = percents.TakeWhile(p => p is not null).Select(p => p!.Value).ToList();
        known.ShouldBe(known.OrderDescending().ToList());
        percents.Skip(known.Count).ShouldAllBe(p => p == null);
        known.Count.ShouldBeGreaterThan(10);
    }

    [Fact]
    public async Task An_aggregate_is_one_statement_and_its_units_one_more()
    {
        const string bare = "{ aggregate(metric: INCOME_TOTAL, groupBy: [UNIT, YEAR], where: {unit: {region: {neq: null}}}, first: 50) { sum totalCount nodes { year sum changeAmount } } }";
        const string withUnits = "{ aggregate(metric: INCOME_TOTAL, groupBy: [UNIT, YEAR], where: {unit: {region: {neq: null}}}, first: 50) { sum totalCount nodes { year sum unit { name region } } } }";

        (await StatementsOfAsync(bare)).ShouldBe(1, string.Join("\n---\n", api.Factory.Statements.Statements));
        var statement = api.Factory.Statements.Statements.Single();
        statement.ShouldContain("GROUP BY", Case.Insensitive);
        statement.ShouldNotContain("OFFSET", Case.Insensitive);
        (await StatementsOfAsync(withUnits)).ShouldBe(2);
    }

    [Fact]
    public async Task Money_is_exact_decimal_in_the_response_text()
    {
        var response = await api.Client.PostAsync("{ aggregate(metric: INCOME_TOTAL, groupBy: [YEAR], first: 1) { sum nodes { sum } } }");

        using var db = DemoApi.Open();
        var expected = FlatFacts.Of(db, "INCOME_TOTAL").Sum(f => f.Amount);
        var text = response.Body.ToJsonString();
        text.ShouldContain("\"sum\":" + expected.ToString(System.Globalization.CultureInfo.InvariantCulture));
        text.ShouldNotContain("E+");
    }

    private async Task<int> StatementsOfAsync(string query)
    {
        await api.Client.DataAsync(query);
        api.Factory.Statements.Reset();
        await api.Client.DataAsync(query);
        return api.Factory.Statements.Count;
    }
}
