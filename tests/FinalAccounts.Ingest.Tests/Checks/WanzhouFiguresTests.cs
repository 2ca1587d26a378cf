using FinalAccounts.Data.Entities;
using FinalAccounts.Ingest.Checks;
using FinalAccounts.Ingest.Model;

namespace FinalAccounts.Ingest.Tests.Checks;

/// <summary>
/// The figures of data/reports/wanzhou-party-govt-info-center-2021.txt, written out in the hub model at their lines,
/// yield exactly the report's four known errors and its one rounding hint, independently of the parser.
/// </summary>
public sealed class WanzhouFiguresTests
{
    private static Report Wanzhou2021()
    {
        var report = TestReports.Empty();
        Change(report.State(Metric.IncomeTotal, 6954.99m, 67), 6151.49m, 765.6m);
        Change(report.State(Metric.ExpenditureTotal, 6954.99m, 67), 6151.49m, 765.6m);
        Change(report.State(Metric.IncomeSubtotal, 6950.72m, 71), 6147.22m, 765.1m);
        report.State(Metric.FiscalAppropriationIncome, 6950.72m, 71).SharePercent = 100m;
        report.State(Metric.CarryoverIn, 4.27m, 71);
        Change(report.State(Metric.ExpenditureSubtotal, 6954.99m, 73), 6151.49m, 765.6m);
        report.State(Metric.BasicExpenditure, 443.88m, 73).SharePercent = 6.4m;
        report.State(Metric.ProjectExpenditure, 6511.11m, 73).SharePercent = 93.6m;
        Change(report.State(Metric.CarryoverOut, 0.00m, 75), 0.00m, 0m);
        Change(report.State(Metric.FiscalAppropriationTotal, 6954.99m, 79), 6151.49m, 765.6m);

        var income = report.State(Metric.GeneralBudgetIncome, 871.82m, 83);
        Change(income, 68.32m, 8.5m);
        BudgetChange(income, 137.95m, 19.4m);
        Change(report.State(Metric.GeneralBudgetCarryoverIn, 4.27m, 83), 4.27m, 100m);
        var expenditure = report.State(Metric.GeneralBudgetExpenditure, 876.09m, 85);
        Change(expenditure, 72.59m, 9.0m);
        BudgetChange(expenditure, 142.23m, 19.4m);
        Change(report.State(Metric.GeneralBudgetCarryoverOut, 0.00m, 87), 0.00m, 0m);
        Category(report, "一般公共服务支出", 774.33m, 88.4m, 115.05m, 17.5m, 91);
        Category(report, "社会保障与就业支出", 63.80m, 7.3m, 27.17m, 74.2m, 95);
        Category(report, "卫生健康支出", 19.87m, 2.3m, 0.00m, 0m, 97);
        Category(report, "住房保障支出", 18.09m, 2.1m, 0.00m, 0m, 99);

        report.State(Metric.GeneralBudgetBasicExpenditure, 443.88m, 103);
        Change(report.State(Metric.PersonnelExpenses, 373.22m, 103), 47.10m, 14.4m);
        Change(report.State(Metric.OperatingExpenses, 70.66m, 103), 9.60m, 15.7m);
        Change(report.State(Metric.GovernmentFundIncome, 6078.90m, 107), 6078.90m, 100m);
        Change(report.State(Metric.GovernmentFundExpenditure, 6078.90m, 107), 6078.90m, 100m);

        var threePublic = report.State(Metric.ThreePublicTotal, 0.00m, 117);
        Change(threePublic, 0.00m, 0m);
        BudgetChange(threePublic, 0.00m, 0m);
        Change(report.State(Metric.TrainingFees, 1.18m, 123), 0.21m, 21.6m);

        report.State(Metric.ProcurementTotal, 1033.20m, 129);
        report.State(Metric.ProcurementGoods, 0m, 129);
        report.State(Metric.ProcurementWorks, 0m, 129);
        report.State(Metric.ProcurementServices, 1033.20m, 129);
        report.State(Metric.ProcurementSme, 1033.20m, 129);
        report.State(Metric.ProcurementSmallMicro, 0m, 129);
        report.ProcurementSmeSharePercent = 100m;
        report.ProcurementSmallMicroSharePercent = 0m;
        report.ProcurementLine = 129;
        report.State(Metric.SelfEvaluatedFunds, 6511.11m, 135);

        var medical = report.AddProject("面向重大公共卫生突发事件的智慧医疗一期项目建设（智慧万州子项目）", 143);
        medical.AddIndicator("预计使用率", IndicatorOperator.AtLeast, 95m, 90m, 92m, 20m, 20m, 156);
        medical.AddIndicator("当年建设任务完成率", IndicatorOperator.AtLeast, 100m, null, 100m, 30m, 30m, 157);
        medical.AddIndicator("硬件配置完成率", IndicatorOperator.AtLeast, 100m, null, 100m, 30m, 30m, 160);
        medical.AddIndicator("服务对象满意度", IndicatorOperator.AtLeast, 95m, 90m, 91m, 20m, 20m, 161);

        var network = report.AddProject("电子政务外网维护费", 166);
        network.AddIndicator("年稳定运行", IndicatorOperator.AtLeast, 360m, null, 365m, 40m, 40m, 178);
        network.AddIndicator("年均维护成本增长率", IndicatorOperator.AtMost, 10m, null, 0m, 20m, 20m, 179);
        network.AddIndicator("系统运行维护响应时间", IndicatorOperator.AtMost, 24m, null, 0m, 20m, 20m, 180);
        network.AddIndicator("用户满意度", IndicatorOperator.AtLeast, 95m, null, 100m, 20m, 20m, 181);

        var platform = report.AddProject("政府信息平台运行经费", 188);
        platform.AddIndicator("年稳定运行", IndicatorOperator.AtLeast, 360m, null, 365m, 20m, 20m, 199);
        platform.AddIndicator("数据更新频率", IndicatorOperator.AtMost, 24m, null, 0m, 20m, 20m, 200);
        platform.AddIndicator("服务对象满意度", IndicatorOperator.AtLeast, 90m, null, 0m, 20m, 20m, 201);
        platform.AddIndicator("系统运行维护响应时间", IndicatorOperator.AtMost, 24m, null, 0m, 115m, 20m, 202);
        platform.AddIndicator("年均维护成本增长率", IndicatorOperator.AtMost, 10m, null, 0m, 15m, 20m, 203);
        return report;
    }

    private static void Change(StatedFigure figure, decimal amount, decimal percent)
    {
        figure.ChangeAmount = amount;
        figure.ChangePercent = percent;
        figure.ChangeLine = figure.Line;
    }

    private static void BudgetChange(StatedFigure figure, decimal amount, decimal percent)
    {
        figure.BudgetChangeAmount = amount;
        figure.BudgetChangePercent = percent;
        figure.BudgetChangeLine = figure.Line;
    }

    private static void Category(Report report, string name, decimal amount, decimal share, decimal budgetChange, decimal budgetPercent, int line)
    {
        var category = report.AddCategory(name, amount, line);
        category.SharePercent = share;
        category.BudgetChangeAmount = budgetChange;
        category.BudgetChangePercent = budgetPercent;
    }

    [Fact]
    public void The_report_yields_exactly_its_four_errors_and_one_rounding_hint()
    {
        var findings = IdentityChecks.Check(Wanzhou2021())
            .Select(f => (f.Rule, f.Severity, f.Subject, f.Expected, f.Actual, f.Line))
            .ToList();

        findings.ShouldBe(
        [
            (RuleCodes.StatedPercent, Severity.Error, "GeneralBudgetIncome", 18.8m, 19.4m, 83),
            (RuleCodes.BudgetBaseConsistency, Severity.RoundingHint, "GeneralBudgetExpenditure", 733.87m, 733.86m, 85),
            (RuleCodes.IndicatorWeightsSum, Severity.Error, "政府信息平台运行经费", 100m, 190m, 188),
            (RuleCodes.IndicatorScoreExceedsWeight, Severity.Error, "政府信息平台运行经费 / 年均维护成本增长率", 15m, 20m, 203),
            (RuleCodes.IndicatorMissedTargetFullScore, Severity.Error, "政府信息平台运行经费 / 服务对象满意度", 90m, 0m, 201),
        ], ignoreOrder: true);
    }

    [Fact]
    public void Corrected_figures_yield_no_finding()
    {
        var report = Wanzhou2021();
        // 137.96 makes both initial budgets 733.86, and 137.96 / 733.86 is 18.8%.
        report[Metric.GeneralBudgetIncome]!.BudgetChangeAmount = 137.96m;
        report[Metric.GeneralBudgetIncome]!.BudgetChangePercent = 18.8m;
        var platform = report.Projects[2];
        platform.Indicators[2].ActualValue = 95m;
        platform.Indicators[3].Weight = 20m;
        platform.Indicators[4].Weight = 20m;

        IdentityChecks.Check(report).ShouldBeEmpty();
    }
}
