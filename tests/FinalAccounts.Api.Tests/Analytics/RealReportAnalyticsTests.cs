using FinalAccounts.Api.Tests.Fixtures;

namespace FinalAccounts.Api.Tests.Analytics;

/// <summary>Analytics over the first real report (重庆市万州区党政信息中心, 2021), with the figures domain.md gives.</summary>
public sealed class RealReportAnalyticsTests(RealReportApi api) : IClassFixture<RealReportApi>
{
    [Fact]
    public async Task General_budget_expenditure_by_category_sums_to_its_total()
    {
        var data = await api.Client.DataAsync("""
            { aggregate(metric: CATEGORY_EXPENDITURE, groupBy: [CATEGORY], expenditureWhere: {budgetSource: {eq: GENERAL_PUBLIC_BUDGET}}, order: [{sum: DESC}]) {
                sum count nodes { category { nameZh nameEn } sum sharePercent } } }
            """);

        var aggregate = data["aggregate"]!;
        aggregate["sum"]!.GetValue<decimal>().ShouldBe(876.09m);
        aggregate["count"]!.GetValue<int>().ShouldBe(4);
        var first = aggregate["nodes"]![0]!;
        (first["category"]!["nameZh"]!.GetValue<string>(), first["category"]!["nameEn"]!.GetValue<string>()).ShouldBe(("一般公共服务支出", "General public services"));
        first["sum"]!.GetValue<decimal>().ShouldBe(774.33m);
        first["sharePercent"]!.GetValue<decimal>().ShouldBe(88.38m); // 774.33 / 876.09, as the report's 88.4%
    }

    [Fact]
    public async Task The_trend_of_the_unit_derives_2020_from_the_stated_change_and_leaves_2019_a_gap()
    {
        var data = await api.Client.DataAsync("""
            { trend(metric: EXPENDITURE_TOTAL, fromYear: 2019, toYear: 2021) { cagrPercent cagrUsesDerived points { year value status changeAmount changePercent } } }
            """);

        var points = data["trend"]!["points"]!.AsArray();
        points.Select(p => (p!["year"]!.GetValue<int>(), p["status"]!.GetValue<string>(), p["value"]?.GetValue<decimal>()))
            .ShouldBe([(2019, "GAP", null), (2020, "DERIVED", 803.50m), (2021, "REPORTED", 6954.99m)]);
        points[2]!["changeAmount"]!.GetValue<decimal>().ShouldBe(6151.49m);
        points[2]!["changePercent"]!.GetValue<decimal>().ShouldBe(765.59m); // the report states 765.6%
        data["trend"]!["cagrPercent"]!.GetValue<decimal>().ShouldBe(765.59m);
        data["trend"]!["cagrUsesDerived"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task Budget_execution_compares_with_the_initial_budget_derived_from_the_stated_change()
    {
        var data = await api.Client.DataAsync("""
            { account: budgetExecution { nodes { year unit { name } actual initialBudget difference executionPercent } }
              category: budgetExecution(metric: CATEGORY_EXPENDITURE, groupBy: [CATEGORY], order: [{actual: DESC}], first: 1) {
                nodes { category { code } actual initialBudget difference } } }
            """);

        var account = data["account"]!["nodes"]!.AsArray().ShouldHaveSingleItem()!;
        account["unit"]!["name"]!.GetValue<string>().ShouldBe("重庆市万州区党政信息中心");
        (account["actual"]!.GetValue<decimal>(), account["initialBudget"]!.GetValue<decimal>(), account["difference"]!.GetValue<decimal>())
            .ShouldBe((876.09m, 733.86m, 142.23m));
        account["executionPercent"]!.GetValue<decimal>().ShouldBe(119.38m);
        var category = data["category"]!["nodes"]![0]!;
        // （1）一般公共服务支出 774.33 万元，较年初预算数增加 115.05 万元
        (category["category"]!["code"]!.GetValue<string>(), category["actual"]!.GetValue<decimal>(), category["initialBudget"]!.GetValue<decimal>(), category["difference"]!.GetValue<decimal>())
            .ShouldBe(("201", 774.33m, 659.28m, 115.05m));
    }
}
