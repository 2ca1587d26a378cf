using FinalAccounts.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Api.Tests.Analytics;

/// <summary>Actual against initial budget, per unit-year and per category, equal to the same comparison computed in C#.</summary>
public sealed class BudgetExecutionTests(DemoApi api) : IClassFixture<DemoApi>
{
    private static decimal? Ratio(decimal actual, decimal budget) =>
        budget == 0 ? null : Math.Round(actual * 100m / budget, 2, MidpointRounding.AwayFromZero);

    [Fact]
    public async Task Per_unit_and_year_by_default_for_general_budget_expenditure()
    {
        var data = await api.Client.DataAsync("""
            { budgetExecution(order: [{executionPercent: DESC}], first: 20) {
                metric { metric } groupBy actual initialBudget difference executionPercent count totalCount
                nodes { unit { key } year actual initialBudget difference executionPercent count }
            } }
            """);

        using var db = DemoApi.Open();
        var stated = db.Figures.Where(f => f.Metric == Metric.GeneralBudgetExpenditure && f.Amount != null && f.InitialBudgetAmount != null)
            .Include(f => f.Account).ThenInclude(a => a!.Unit).AsEnumerable()
            .Select(f => (Unit: f.Account!.Unit!, f.Year, Actual: f.Account.GeneralBudgetExpenditure!.Value, Budget: f.Amount!.Value - f.BudgetChangeAmount!.Value))
            .ToList();
        var expected = stated
            .OrderByDescending(s => s.Budget == 0 ? (decimal?)null : s.Actual / s.Budget).ThenBy(s => s.Unit.Name, StringComparer.Ordinal).ThenBy(s => s.Unit.Id, StringComparer.Ordinal).ThenBy(s => s.Year)
            .Take(20).Select(s => (s.Unit.Id, s.Year, s.Actual, s.Budget, s.Actual - s.Budget, Ratio(s.Actual, s.Budget), 1)).ToList();

        var execution = data["budgetExecution"]!;
        execution["metric"]!["metric"]!.GetValue<string>().ShouldBe("GENERAL_BUDGET_EXPENDITURE");
        execution["groupBy"]!.AsArray().Select(d => d!.GetValue<string>()).ShouldBe(["UNIT", "YEAR"]);
        execution["totalCount"]!.GetValue<int>().ShouldBe(stated.Count);
        execution["count"]!.GetValue<int>().ShouldBe(stated.Count);
        execution["actual"]!.GetValue<decimal>().ShouldBe(stated.Sum(s => s.Actual));
        execution["initialBudget"]!.GetValue<decimal>().ShouldBe(stated.Sum(s => s.Budget));
        execution["difference"]!.GetValue<decimal>().ShouldBe(stated.Sum(s => s.Actual - s.Budget));
        execution["executionPercent"]!.GetValue<decimal>().ShouldBe(Ratio(stated.Sum(s => s.Actual), stated.Sum(s => s.Budget))!.Value);
        execution["nodes"]!.AsArray().Select(n => (n!["unit"]!["key"]!.GetValue<string>(), n["year"]!.GetValue<int>(), n["actual"]!.GetValue<decimal>(),
                n["initialBudget"]!.GetValue<decimal>(), n["difference"]!.GetValue<decimal>(), n["executionPercent"]?.GetValue<decimal>(), n["count"]!.GetValue<int>()))
            .ShouldBe(expected);
    }

    [Fact]
    public async Task Per_category_from_the_expenditure_rows_that_state_a_budget()
    {
        var data = await api.Client.DataAsync("""
            { budgetExecution(metric: CATEGORY_EXPENDITURE, groupBy: [CATEGORY, YEAR], where: {year: {eq: 2024}}, first: 100) {
                nodes { category { code } year actual initialBudget difference executionPercent count }
            } }
            """);

        using var db = DemoApi.Open();
        var expected = db.Expenditures.Include(e => e.Category).Where(e => e.Year == 2024 && e.Amount != null && e.BudgetChangeAmount != null).AsEnumerable()
            .GroupBy(e => e.CategoryId)
            .Select(g => (Category: g.First().Category!, Actual: g.Sum(e => e.Amount!.Value), Budget: g.Sum(e => e.Amount!.Value - e.BudgetChangeAmount!.Value), Count: g.Count()))
            .OrderBy(x => x.Category.Code, StringComparer.Ordinal).ThenBy(x => x.Category.Id, StringComparer.Ordinal)
            .Select(x => (x.Category.Code, 2024, x.Actual, x.Budget, x.Actual - x.Budget, Ratio(x.Actual, x.Budget), x.Count)).ToList();
        expected.Count.ShouldBeGreaterThan(3);

        data["budgetExecution"]!["nodes"]!.AsArray().Select(n => (n!["category"]!["code"]?.GetValue<string>(), n["year"]!.GetValue<int>(),
                n["actual"]!.GetValue<decimal>(), n["initialBudget"]!.GetValue<decimal>(), n["difference"]!.GetValue<decimal>(),
                n["executionPercent"]?.GetValue<decimal>(), n["count"]!.GetValue<int>()))
            .ShouldBe(expected);
    }
}
