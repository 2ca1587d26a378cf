using System.Text.Json.Nodes;
using FinalAccounts.Api.Tests.Fixtures;
using FinalAccounts.Data.Entities;
using FinalAccounts.Data.Storage;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Api.Tests.RealReport;

/// <summary>
/// Every figure of the first real report (重庆市万州区党政信息中心, 2021) read back through the API over HTTP:
/// the values domain.md lists, and every stored figure column for column.
/// </summary>
public sealed class RealReportFigureTests(RealReportApi api) : IClassFixture<RealReportApi>
{
    private const string FigureFields = "metric amount changeAmount changePercent previousYearAmount budgetChangeAmount budgetChangePercent initialBudgetAmount sharePercent reason provenance line document { fileName }";

    private async Task<JsonNode> AccountAsync(string selection)
    {
        var data = await api.Client.DataAsync($"{{ finalAccounts {{ totalCount nodes {{ {selection} }} }} }}");
        data["finalAccounts"]!["totalCount"]!.GetValue<int>().ShouldBe(1);
        return data["finalAccounts"]!["nodes"]![0]!;
    }

    /// <summary>(metric, amount, change, change %, change against budget, its %, share %) as domain.md gives them; null where it gives none.</summary>
    public static TheoryData<string, decimal, decimal?, decimal?, decimal?, decimal?, decimal?> Stated => new()
    {
        { "INCOME_TOTAL", 6954.99m, 6151.49m, 765.6m, null, null, null },
        { "EXPENDITURE_TOTAL", 6954.99m, 6151.49m, 765.6m, null, null, null },
        { "INCOME_SUBTOTAL", 6950.72m, 6147.22m, 765.1m, null, null, null },
        { "FISCAL_APPROPRIATION_INCOME", 6950.72m, null, null, null, null, 100m },
        { "CARRYOVER_IN", 4.27m, null, null, null, null, null },
        { "EXPENDITURE_SUBTOTAL", 6954.99m, 6151.49m, 765.6m, null, null, null },
        { "BASIC_EXPENDITURE", 443.88m, null, null, null, null, 6.4m },
        { "PROJECT_EXPENDITURE", 6511.11m, null, null, null, null, 93.6m },
        { "CARRYOVER_OUT", 0.00m, null, null, null, null, null },
        { "FISCAL_APPROPRIATION_TOTAL", 6954.99m, 6151.49m, 765.6m, null, null, null },
        { "GENERAL_BUDGET_INCOME", 871.82m, 68.32m, 8.5m, 137.95m, 19.4m, null },
        { "GENERAL_BUDGET_EXPENDITURE", 876.09m, 72.59m, 9.0m, 142.23m, 19.4m, null },
        { "GENERAL_BUDGET_BASIC_EXPENDITURE", 443.88m, null, null, null, null, null },
        { "PERSONNEL_EXPENSES", 373.22m, 47.10m, 14.4m, null, null, null },
        { "OPERATING_EXPENSES", 70.66m, 9.60m, 15.7m, null, null, null },
        { "GOVERNMENT_FUND_INCOME", 6078.90m, null, null, null, null, null },
        { "GOVERNMENT_FUND_EXPENDITURE", 6078.90m, null, null, null, null, null },
        { "STATE_CAPITAL_EXPENDITURE", 0m, null, null, null, null, null },
        { "THREE_PUBLIC_TOTAL", 0.00m, null, null, null, null, null },
        { "TRAINING_FEES", 1.18m, 0.21m, 21.6m, null, null, null },
        { "PROCUREMENT_TOTAL", 1033.20m, null, null, null, null, null },
        { "PROCUREMENT_GOODS", 0m, null, null, null, null, null },
        { "PROCUREMENT_WORKS", 0m, null, null, null, null, null },
        { "PROCUREMENT_SERVICES", 1033.20m, null, null, null, null, null },
        { "PROCUREMENT_SME", 1033.20m, null, null, null, null, 100m },
        { "PROCUREMENT_SMALL_MICRO", 0m, null, null, null, null, 0m },
        { "SELF_EVALUATED_FUNDS", 6511.11m, null, null, null, null, null },
        { "THIRD_PARTY_EVALUATED_FUNDS", 0m, null, null, null, null, null },
    };

    [Theory]
    [MemberData(nameof(Stated))]
    public async Task Each_stated_figure_is_served_as_published(string metric, decimal amount, decimal? change, decimal? changePercent,
        decimal? budgetChange, decimal? budgetChangePercent, decimal? share)
    {
        var account = await AccountAsync($"figure(metric: {metric}) {{ {FigureFields} }}");
        var figure = account["figure"].ShouldNotBeNull($"{metric} is missing");

        Value(figure["amount"]).ShouldBe(amount);
        figure["provenance"]!.GetValue<string>().ShouldBe("REPORTED");
        figure["document"]!["fileName"]!.GetValue<string>().ShouldBe("wanzhou-party-govt-info-center-2021.txt");
        figure["line"]!.GetValue<int>().ShouldBeGreaterThan(0);
        if (change is not null)
        {
            Value(figure["changeAmount"]).ShouldBe(change);
            Value(figure["changePercent"]).ShouldBe(changePercent);
            Value(figure["previousYearAmount"]).ShouldBe(amount - change, "derived: amount − stated change");
        }
        if (budgetChange is not null)
        {
            Value(figure["budgetChangeAmount"]).ShouldBe(budgetChange);
            Value(figure["budgetChangePercent"]).ShouldBe(budgetChangePercent);
            Value(figure["initialBudgetAmount"]).ShouldBe(amount - budgetChange, "derived: amount − stated change against budget");
        }
        if (share is not null)
            Value(figure["sharePercent"]).ShouldBe(share);
    }

    [Fact]
    public async Task Amounts_keep_their_published_decimals_in_the_json()
    {
        var body = (await api.Client.PostAsync("{ finalAccounts { nodes { incomeTotal governmentFundIncome carryoverOut } } }")).Body.ToJsonString();

        body.ShouldContain("\"incomeTotal\":6954.99");
        body.ShouldContain("\"governmentFundIncome\":6078.90");
        body.ShouldContain("\"carryoverOut\":0.00");
    }

    [Fact]
    public async Task Every_stored_figure_comes_back_through_the_api_column_for_column()
    {
        List<Figure> stored;
        using (var db = SnapshotFile.OpenReadOnly(api.SnapshotPath))
            stored = await db.Figures.OrderBy(f => f.Id).ToListAsync();
        stored.Count.ShouldBeGreaterThanOrEqualTo(Stated.Count());

        var data = await api.Client.DataAsync($"{{ figures(first: 100) {{ totalCount nodes {{ key {FigureFields} }} }} }}");

        data["figures"]!["totalCount"]!.GetValue<int>().ShouldBe(stored.Count);
        var served = data["figures"]!["nodes"]!.AsArray().ToDictionary(f => f!["key"]!.GetValue<string>());
        foreach (var figure in stored)
        {
            var node = served[figure.Id]!;
            node["metric"]!.GetValue<string>().ShouldBe(Naming(figure.Metric));
            Value(node["amount"]).ShouldBe(figure.Amount, figure.Id);
            Value(node["changeAmount"]).ShouldBe(figure.ChangeAmount, figure.Id);
            Value(node["changePercent"]).ShouldBe(figure.ChangePercent, figure.Id);
            Value(node["previousYearAmount"]).ShouldBe(figure.PreviousYearAmount, figure.Id);
            Value(node["budgetChangeAmount"]).ShouldBe(figure.BudgetChangeAmount, figure.Id);
            Value(node["budgetChangePercent"]).ShouldBe(figure.BudgetChangePercent, figure.Id);
            Value(node["initialBudgetAmount"]).ShouldBe(figure.InitialBudgetAmount, figure.Id);
            Value(node["sharePercent"]).ShouldBe(figure.SharePercent, figure.Id);
            (node["reason"]?.GetValue<string>()).ShouldBe(figure.Reason, figure.Id);
            ((int?)node["line"]?.GetValue<int>()).ShouldBe(figure.Line, figure.Id);
        }
    }

    [Fact]
    public async Task The_accounts_totals_equal_their_figures()
    {
        var account = await AccountAsync("incomeTotal expenditureTotal basicExpenditure projectExpenditure personnelExpenses operatingExpenses generalBudgetExpenditure governmentFundExpenditure trainingFees threePublicTotal figures { metric amount }");

        var figures = account["figures"]!.AsArray().ToDictionary(f => f!["metric"]!.GetValue<string>(), f => Value(f!["amount"]));
        foreach (var (field, metric) in new[]
        {
            ("incomeTotal", "INCOME_TOTAL"), ("expenditureTotal", "EXPENDITURE_TOTAL"), ("basicExpenditure", "BASIC_EXPENDITURE"),
            ("projectExpenditure", "PROJECT_EXPENDITURE"), ("personnelExpenses", "PERSONNEL_EXPENSES"), ("operatingExpenses", "OPERATING_EXPENSES"),
            ("generalBudgetExpenditure", "GENERAL_BUDGET_EXPENDITURE"), ("governmentFundExpenditure", "GOVERNMENT_FUND_EXPENDITURE"),
            ("trainingFees", "TRAINING_FEES"), ("threePublicTotal", "THREE_PUBLIC_TOTAL"),
        })
            Value(account[field]).ShouldBe(figures[metric], field);
    }

    [Fact]
    public async Task General_budget_expenditure_by_functional_category_is_served_as_published()
    {
        var account = await AccountAsync("expenditures(order: [{ordinal: ASC}]) { statedName budgetSource amount sharePercent budgetChangeAmount budgetChangePercent initialBudgetAmount category { code nameZh nameEn inCodebook } }");

        var rows = account["expenditures"]!.AsArray();
        rows.Select(r => (r!["category"]!["code"]!.GetValue<string>(), Value(r["amount"]), Value(r["sharePercent"]), Value(r["budgetChangeAmount"]), Value(r["budgetChangePercent"])))
            .ShouldBe([
                ("201", 774.33m, 88.4m, 115.05m, 17.5m),
                ("208", 63.80m, 7.3m, 27.17m, 74.2m),
                ("210", 19.87m, 2.3m, 0.00m, 0m),
                ("221", 18.09m, 2.1m, 0.00m, 0m),
            ]);
        rows.ShouldAllBe(r => r!["budgetSource"]!.GetValue<string>() == "GENERAL_PUBLIC_BUDGET");
        rows[0]!["category"]!["nameEn"]!.GetValue<string>().ShouldBe("General public services");
        Value(rows[0]!["initialBudgetAmount"]).ShouldBe(774.33m - 115.05m);
        rows.Sum(r => Value(r!["amount"])).ShouldBe(876.09m);
    }

    [Fact]
    public async Task Three_public_expenses_other_matters_and_procurement_are_served_as_published()
    {
        var account = await AccountAsync("""
            threePublicTotal overseasTripGroups overseasTripPersons vehiclesPurchased vehiclesHeld receptionBatches receptionPersons
            trainingFees organOperatingInScope organOperatingExpenses vehiclesTotal generalEquipmentCount specialEquipmentCount
            selfEvaluatedProjects selfEvaluatedFunds thirdPartyEvaluations thirdPartyEvaluatedFunds
            procurement { total goods works services sme smeSharePercent smallMicro smallMicroSharePercent }
            """);

        Value(account["threePublicTotal"]).ShouldBe(0m);
        foreach (var count in new[] { "overseasTripGroups", "overseasTripPersons", "vehiclesPurchased", "vehiclesHeld", "receptionBatches", "receptionPersons", "vehiclesTotal", "generalEquipmentCount", "specialEquipmentCount", "thirdPartyEvaluations" })
            account[count]!.GetValue<int>().ShouldBe(0, count);
        Value(account["trainingFees"]).ShouldBe(1.18m);
        account["organOperatingInScope"]!.GetValue<bool>().ShouldBeFalse();
        account["organOperatingExpenses"].ShouldBeNull("not in scope is not zero");
        account["selfEvaluatedProjects"]!.GetValue<int>().ShouldBe(14);
        Value(account["selfEvaluatedFunds"]).ShouldBe(6511.11m);
        var procurement = account["procurement"]!;
        (Value(procurement["total"]), Value(procurement["goods"]), Value(procurement["works"]), Value(procurement["services"]))
            .ShouldBe((1033.20m, 0m, 0m, 1033.20m));
        (Value(procurement["sme"]), Value(procurement["smeSharePercent"]), Value(procurement["smallMicro"]), Value(procurement["smallMicroSharePercent"]))
            .ShouldBe((1033.20m, 100m, 0m, 0m));
    }

    [Fact]
    public async Task The_unit_is_served_with_its_profile_duties_and_divisions()
    {
        var data = await api.Client.DataAsync("{ units { nodes { id name region supervisingDepartment kind fundingType welfareClass budgetLevel contactPhone duties { ordinal } divisions { name } finalAccounts { year } } } }");

        var unit = data["units"]!["nodes"]![0]!;
        unit["name"]!.GetValue<string>().ShouldBe("重庆市万州区党政信息中心");
        unit["region"]!.GetValue<string>().ShouldBe("重庆市万州区");
        unit["supervisingDepartment"]!.GetValue<string>().ShouldBe("重庆市万州区大数据应用发展管理局");
        unit["welfareClass"]!.GetValue<string>().ShouldBe("公益一类");
        unit["budgetLevel"]!.GetValue<string>().ShouldBe("二级预算单位");
        unit["contactPhone"]!.GetValue<string>().ShouldBe("023-58258372");
        unit["duties"]!.AsArray().Count.ShouldBe(8);
        unit["divisions"]!.AsArray().Count.ShouldBe(6);
        unit["divisions"]![0]!["name"]!.GetValue<string>().ShouldBe("办公室");
        unit["finalAccounts"]!.AsArray().Single()!["year"]!.GetValue<int>().ShouldBe(2021);
    }

    private static decimal? Value(JsonNode? node) => node?.GetValue<decimal>();

    private static string Naming(Metric metric) => FinalAccounts.Api.GraphQL.Conventions.Naming.ConstantCase(metric.ToString());
}
