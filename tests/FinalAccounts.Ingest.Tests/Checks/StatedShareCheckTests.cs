using FinalAccounts.Data.Entities;
using FinalAccounts.Ingest.Checks;
using FinalAccounts.Ingest.Model;

namespace FinalAccounts.Ingest.Tests.Checks;

public sealed class StatedShareCheckTests
{
    private static Report WithExpenditureSplit(decimal basicShare, decimal projectShare)
    {
        var report = TestReports.Empty();
        report.State(Metric.ExpenditureSubtotal, 6954.99m, 36);
        report.State(Metric.BasicExpenditure, 443.88m, 36).SharePercent = basicShare;
        report.State(Metric.ProjectExpenditure, 6511.11m, 36).SharePercent = projectShare;
        return report;
    }

    [Fact]
    public void Shares_that_round_to_the_stated_decimals_are_no_finding() =>
        IdentityChecks.Check(WithExpenditureSplit(6.4m, 93.6m)).ShouldBeEmpty();

    [Fact]
    public void A_share_that_does_not_match_is_an_error_with_the_computed_share_as_expected()
    {
        IdentityChecks.Check(WithExpenditureSplit(6.5m, 93.6m)).ShouldBe(
        [
            new Finding(RuleCodes.StatedShare, Severity.Error, "BasicExpenditure",
                "Stated share 6.5% of ExpenditureSubtotal does not match 443.88 / 6954.99 = 6.4%.",
                6.4m, 6.5m, 36),
        ]);
    }

    [Fact]
    public void The_computed_share_is_rounded_to_as_many_decimals_as_the_report_states()
    {
        // 6.38218…% stated with two decimals is 6.38, with none 6.
        IdentityChecks.Check(WithExpenditureSplit(6.38m, 93.62m)).ShouldBeEmpty();
        IdentityChecks.Check(WithExpenditureSplit(6m, 94m)).ShouldBeEmpty();

        var finding = IdentityChecks.Check(WithExpenditureSplit(6.40m, 93.62m)).ShouldHaveSingleItem();
        finding.Expected.ShouldBe(6.38m);
    }

    [Fact]
    public void Income_source_shares_are_of_the_income_subtotal()
    {
        var report = TestReports.Empty();
        report.State(Metric.IncomeSubtotal, 6950.72m, 34);
        report.State(Metric.FiscalAppropriationIncome, 6950.72m, 34).SharePercent = 100m;
        report.State(Metric.OtherIncome, 0m, 34).SharePercent = 0m;

        IdentityChecks.Check(report).ShouldBeEmpty();

        report[Metric.FiscalAppropriationIncome]!.SharePercent = 90m;
        var finding = IdentityChecks.Check(report).ShouldHaveSingleItem();
        finding.Subject.ShouldBe("FiscalAppropriationIncome");
        finding.Expected.ShouldBe(100m);
        finding.Actual.ShouldBe(90m);
    }

    [Fact]
    public void Category_shares_are_of_their_budget_expenditure()
    {
        var report = TestReports.Empty();
        report.State(Metric.GeneralBudgetExpenditure, 876.09m, 85);
        report.AddCategory("一般公共服务支出", 774.33m, 91).SharePercent = 88.4m;
        report.AddCategory("社会保障与就业支出", 63.80m, 95).SharePercent = 7.3m;
        report.AddCategory("卫生健康支出", 19.87m, 97).SharePercent = 2.3m;
        report.AddCategory("住房保障支出", 18.09m, 99).SharePercent = 2.2m;

        IdentityChecks.Check(report).ShouldBe(
        [
            new Finding(RuleCodes.StatedShare, Severity.Error, "GeneralBudgetExpenditure / 住房保障支出",
                "Stated share 2.2% of GeneralBudgetExpenditure does not match 18.09 / 876.09 = 2.1%.",
                2.1m, 2.2m, 99),
        ]);
    }

    [Fact]
    public void Procurement_shares_stated_on_the_report_are_checked_at_the_procurement_line()
    {
        var report = TestReports.Empty();
        report.State(Metric.ProcurementTotal, 1033.20m, 129);
        report.State(Metric.ProcurementSme, 1033.20m, 129);
        report.State(Metric.ProcurementSmallMicro, 0m, 129);
        report.ProcurementSmeSharePercent = 100m;
        report.ProcurementSmallMicroSharePercent = 0m;
        report.ProcurementLine = 129;

        IdentityChecks.Check(report).ShouldBeEmpty();

        report.ProcurementSmallMicroSharePercent = 10m;
        var finding = IdentityChecks.Check(report).ShouldHaveSingleItem();
        finding.Rule.ShouldBe(RuleCodes.StatedShare);
        finding.Subject.ShouldBe("ProcurementSmallMicro");
        finding.Expected.ShouldBe(0m);
        finding.Actual.ShouldBe(10m);
        finding.Line.ShouldBe(129);
    }

    [Fact]
    public void A_share_without_its_parent_total_or_of_a_zero_total_is_skipped()
    {
        var report = TestReports.Empty();
        report.State(Metric.BasicExpenditure, 443.88m, 36).SharePercent = 50m;

        IdentityChecks.Check(report).ShouldBeEmpty();

        report.State(Metric.ExpenditureSubtotal, 0m, 36);
        IdentityChecks.Check(report).ShouldBeEmpty();
    }
}
