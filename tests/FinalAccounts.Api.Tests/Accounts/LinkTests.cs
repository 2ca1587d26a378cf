using FinalAccounts.Api.Tests.Fixtures;
using FinalAccounts.Data.Entities;

namespace FinalAccounts.Api.Tests.Accounts;

/// <summary>Nested fields link the entities both ways, and FinalAccount.figure(metric) picks one figure.</summary>
public sealed class LinkTests(FixtureApi api) : IClassFixture<FixtureApi>
{
    [Fact]
    public async Task An_accounts_unit_lists_the_account_among_its_final_accounts()
    {
        var data = await api.Client.DataAsync("{ finalAccounts(first: 20) { nodes { key unit { key finalAccounts { key unit { key } } } } } }");

        foreach (var account in data["finalAccounts"]!["nodes"]!.AsArray())
        {
            var unit = account!["unit"]!;
            unit["key"]!.GetValue<string>().ShouldBe(api.Data.Accounts.Single(a => a.Id == account["key"]!.GetValue<string>()).UnitId);
            unit["finalAccounts"]!.AsArray().Select(a => a!["key"]!.GetValue<string>()).ShouldContain(account["key"]!.GetValue<string>());
            unit["finalAccounts"]!.AsArray().ShouldAllBe(a => a!["unit"]!["key"]!.GetValue<string>() == unit["key"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Categories_list_their_expenditures_and_expenditures_name_their_category_account_and_unit()
    {
        var data = await api.Client.DataAsync("{ expenseCategories { nodes { key code nameZh nameEn inCodebook expenditures { key category { key } account { key } unit { key } } } } }");

        foreach (var category in data["expenseCategories"]!["nodes"]!.AsArray())
        {
            var key = category!["key"]!.GetValue<string>();
            var expected = api.Data.Expenditures.Where(e => e.CategoryId == key).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
            var expenditures = category["expenditures"]!.AsArray();
            expenditures.Select(e => e!["key"]!.GetValue<string>()).ShouldBe(expected.Select(e => e.Id));
            for (var i = 0; i < expected.Count; i++)
            {
                expenditures[i]!["category"]!["key"]!.GetValue<string>().ShouldBe(key);
                expenditures[i]!["account"]!["key"]!.GetValue<string>().ShouldBe(expected[i].AccountId);
                expenditures[i]!["unit"]!["key"]!.GetValue<string>().ShouldBe(expected[i].UnitId);
            }
        }
    }

    [Fact]
    public async Task Projects_list_their_indicators_and_indicators_name_their_project()
    {
        var data = await api.Client.DataAsync("{ performanceIndicators(first: 30) { nodes { key project { key indicators { key } } } } }");

        foreach (var indicator in data["performanceIndicators"]!["nodes"]!.AsArray())
        {
            var project = indicator!["project"]!;
            project["key"]!.GetValue<string>().ShouldBe(api.Data.Indicators.Single(i => i.Id == indicator["key"]!.GetValue<string>()).ProjectId);
            project["indicators"]!.AsArray().Select(i => i!["key"]!.GetValue<string>()).ShouldContain(indicator["key"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task An_account_reaches_its_procurement_findings_document_and_year()
    {
        var account = api.Data.Accounts.First(a => a.Procurement is not null && a.Findings.Count > 0);
        var id = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes("FinalAccount:" + account.Id));

        var data = await api.Client.DataAsync("""
            query($id: ID!) { finalAccount(id: $id) { procurement { key account { key } } findings { key } document { key } fiscalYear { year } performanceProjects { key } } }
            """, new { id });

        var node = data["finalAccount"]!;
        node["procurement"]!["key"]!.GetValue<string>().ShouldBe(account.Procurement!.Id);
        node["procurement"]!["account"]!["key"]!.GetValue<string>().ShouldBe(account.Id);
        node["findings"]!.AsArray().Select(f => f!["key"]!.GetValue<string>()).ShouldBe(account.Findings.Select(f => f.Id).Order(StringComparer.Ordinal));
        node["document"]!["key"]!.GetValue<string>().ShouldBe(account.DocumentId);
        node["fiscalYear"]!["year"]!.GetValue<int>().ShouldBe(account.Year);
        node["performanceProjects"]!.AsArray().Count.ShouldBe(account.PerformanceProjects.Count);
    }

    [Fact]
    public async Task Figure_by_metric_picks_that_figure_or_null()
    {
        var data = await api.Client.DataAsync("{ finalAccounts(first: 100) { nodes { key income: figure(metric: INCOME_TOTAL) { metric amount } training: figure(metric: TRAINING_FEES) { amount } } } }");

        foreach (var node in data["finalAccounts"]!["nodes"]!.AsArray())
        {
            var figure = api.Data.Figures.Single(f => f.AccountId == node!["key"]!.GetValue<string>() && f.Metric == Metric.IncomeTotal);
            node!["income"]!["metric"]!.GetValue<string>().ShouldBe("INCOME_TOTAL");
            ((decimal?)node["income"]!["amount"]?.GetValue<decimal>()).ShouldBe(figure.Amount);
            node["training"].ShouldBeNull();
        }
    }
}
