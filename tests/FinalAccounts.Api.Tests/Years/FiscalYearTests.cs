using FinalAccounts.Api.Tests.Fixtures;

namespace FinalAccounts.Api.Tests.Years;

/// <summary>Each fiscal year with its final accounts and totals across them.</summary>
public sealed class FiscalYearTests(FixtureApi api) : IClassFixture<FixtureApi>
{
    [Fact]
    public async Task Totals_are_the_sums_over_the_years_accounts()
    {
        var data = await api.Client.DataAsync("""
            { fiscalYears(order: [{year: DESC}]) { nodes { year accountCount unitCount incomeTotal expenditureTotal basicExpenditure threePublicTotal finalAccounts { key } } } }
            """);

        var years = data["fiscalYears"]!["nodes"]!.AsArray();
        years.Select(y => y!["year"]!.GetValue<int>()).ShouldBe(api.Data.Years.Select(y => y.Year).OrderDescending());
        foreach (var year in years)
        {
            var accounts = api.Data.Accounts.Where(a => a.Year == year!["year"]!.GetValue<int>()).ToList();
            year!["accountCount"]!.GetValue<int>().ShouldBe(accounts.Count);
            year["unitCount"]!.GetValue<int>().ShouldBe(accounts.Select(a => a.UnitId).Distinct().Count());
            year["incomeTotal"]!.GetValue<decimal>().ShouldBe(accounts.Sum(a => a.IncomeTotal ?? 0));
            year["expenditureTotal"]!.GetValue<decimal>().ShouldBe(accounts.Sum(a => a.ExpenditureTotal ?? 0));
            year["basicExpenditure"]!.GetValue<decimal>().ShouldBe(accounts.Sum(a => a.BasicExpenditure ?? 0));
            year["threePublicTotal"]!.GetValue<decimal>().ShouldBe(accounts.Sum(a => a.ThreePublicTotal ?? 0));
            year["finalAccounts"]!.AsArray().Select(a => a!["key"]!.GetValue<string>()).ShouldBe(accounts.Select(a => a.Id).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task Years_filter_by_their_accounts()
    {
        var data = await api.Client.DataAsync("""{ fiscalYears(where: {finalAccounts: {some: {unit: {name: {eq: "重庆市万州区测试单位00号中心"}}}}}) { nodes { year } } }""");

        data["fiscalYears"]!["nodes"]!.AsArray().Select(y => y!["year"]!.GetValue<int>())
            .ShouldBe(api.Data.Accounts.Where(a => a.Unit!.Name == "重庆市万州区测试单位00号中心").Select(a => a.Year).Distinct().Order());
    }
}
