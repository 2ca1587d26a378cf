using FinalAccounts.Data.Entities;
using FinalAccounts.Ingest.Checks;
using FinalAccounts.Ingest.Model;

namespace FinalAccounts.Ingest.Tests.Checks;

public sealed class AmountSumCheckTests
{
    [Fact]
    public void Income_total_equal_to_subtotal_plus_carryover_in_is_no_finding()
    {
        var report = TestReports.Empty();
        report.State(Metric.IncomeTotal, 6954.99m, 32);
        report.State(Metric.IncomeSubtotal, 6950.72m, 34);
        report.State(Metric.CarryoverIn, 4.27m, 34);

        IdentityChecks.Check(report).ShouldBeEmpty();
    }

    [Fact]
    public void Income_total_that_is_not_the_sum_is_an_error_at_the_total_line()
    {
        var report = TestReports.Empty();
        report.State(Metric.IncomeTotal, 6964.99m, 32);
        report.State(Metric.IncomeSubtotal, 6950.72m, 34);
        report.State(Metric.CarryoverIn, 4.27m, 34);

        IdentityChecks.Check(report).ShouldBe(
        [
            new Finding(RuleCodes.IncomeTotalSum, Severity.Error, "IncomeTotal",
                "IncomeTotal 6964.99 does not equal IncomeSubtotal 6950.72 + CarryoverIn 4.27 = 6954.99.",
                6954.99m, 6964.99m, 32),
        ]);
    }

    [Fact]
    public void A_difference_of_one_hundredth_is_a_rounding_hint()
    {
        var report = TestReports.Empty();
        report.State(Metric.ExpenditureTotal, 6955.00m, 32);
        report.State(Metric.ExpenditureSubtotal, 6954.99m, 36);
        report.State(Metric.CarryoverOut, 0.00m, 38);

        var finding = IdentityChecks.Check(report).ShouldHaveSingleItem();

        finding.Rule.ShouldBe(RuleCodes.ExpenditureTotalSum);
        finding.Severity.ShouldBe(Severity.RoundingHint);
        finding.Expected.ShouldBe(6954.99m);
        finding.Actual.ShouldBe(6955.00m);
        finding.Message.ShouldBe("ExpenditureTotal 6955.00 does not equal ExpenditureSubtotal 6954.99 + CarryoverOut 0.00 = 6954.99, a difference of 0.01 that rounding explains.");
    }

    [Fact]
    public void A_difference_of_two_hundredths_is_an_error()
    {
        var report = TestReports.Empty();
        report.State(Metric.ExpenditureSubtotal, 6954.97m, 36);
        report.State(Metric.BasicExpenditure, 443.88m, 36);
        report.State(Metric.ProjectExpenditure, 6511.11m, 36);

        var finding = IdentityChecks.Check(report).ShouldHaveSingleItem();

        finding.Rule.ShouldBe(RuleCodes.ExpenditureSubtotalSplit);
        finding.Severity.ShouldBe(Severity.Error);
    }

    [Fact]
    public void An_identity_with_a_part_not_stated_is_skipped()
    {
        var report = TestReports.Empty();
        report.State(Metric.IncomeTotal, 9999m, 32);
        report.State(Metric.IncomeSubtotal, 6950.72m, 34);

        IdentityChecks.Check(report).ShouldBeEmpty();
    }

    [Fact]
    public void Basic_split_uses_the_general_budget_basic_expenditure_when_stated()
    {
        var report = TestReports.Empty();
        report.State(Metric.BasicExpenditure, 500.00m, 36);
        report.State(Metric.GeneralBudgetBasicExpenditure, 443.88m, 103);
        report.State(Metric.PersonnelExpenses, 373.22m, 103);
        report.State(Metric.OperatingExpenses, 70.66m, 103);

        IdentityChecks.Check(report).ShouldBeEmpty();

        report.State(Metric.GeneralBudgetBasicExpenditure, 443.98m, 103);
        var finding = IdentityChecks.Check(report).ShouldHaveSingleItem();
        finding.Rule.ShouldBe(RuleCodes.BasicSplit);
        finding.Subject.ShouldBe("GeneralBudgetBasicExpenditure");
        finding.Expected.ShouldBe(443.88m);
        finding.Actual.ShouldBe(443.98m);
        finding.Line.ShouldBe(103);
    }

    [Fact]
    public void Basic_split_falls_back_to_the_basic_expenditure()
    {
        var report = TestReports.Empty();
        report.State(Metric.BasicExpenditure, 443.00m, 36);
        report.State(Metric.PersonnelExpenses, 373.22m, 103);
        report.State(Metric.OperatingExpenses, 70.66m, 103);

        var finding = IdentityChecks.Check(report).ShouldHaveSingleItem();

        finding.Rule.ShouldBe(RuleCodes.BasicSplit);
        finding.Subject.ShouldBe("BasicExpenditure");
        finding.Line.ShouldBe(36);
    }

    [Fact]
    public void Fiscal_appropriations_treat_a_missing_state_capital_expenditure_as_zero()
    {
        var report = TestReports.Empty();
        report.State(Metric.FiscalAppropriationTotal, 6954.99m, 44);
        report.State(Metric.GeneralBudgetExpenditure, 876.09m, 85);
        report.State(Metric.GovernmentFundExpenditure, 6078.90m, 107);

        IdentityChecks.Check(report).ShouldBeEmpty();
    }

    [Fact]
    public void Fiscal_appropriations_count_a_stated_state_capital_expenditure()
    {
        var report = TestReports.Empty();
        report.State(Metric.FiscalAppropriationTotal, 6954.99m, 44);
        report.State(Metric.GeneralBudgetExpenditure, 876.09m, 85);
        report.State(Metric.GovernmentFundExpenditure, 6078.90m, 107);
        report.State(Metric.StateCapitalExpenditure, 10.00m, 111);

        var finding = IdentityChecks.Check(report).ShouldHaveSingleItem();

        finding.Rule.ShouldBe(RuleCodes.FiscalAppropriationSum);
        finding.Expected.ShouldBe(6964.99m);
        finding.Actual.ShouldBe(6954.99m);
        finding.Message.ShouldBe("FiscalAppropriationTotal 6954.99 does not equal GeneralBudgetExpenditure 876.09 + GovernmentFundExpenditure 6078.90 + StateCapitalExpenditure 10.00 = 6964.99.");
    }

    [Fact]
    public void Fiscal_appropriations_without_a_government_fund_figure_are_skipped()
    {
        var report = TestReports.Empty();
        report.State(Metric.FiscalAppropriationTotal, 6954.99m, 44);
        report.State(Metric.GeneralBudgetExpenditure, 876.09m, 85);

        IdentityChecks.Check(report).ShouldBeEmpty();
    }

    [Fact]
    public void Procurement_total_is_goods_plus_works_plus_services()
    {
        var report = TestReports.Empty();
        report.State(Metric.ProcurementTotal, 1033.20m, 129);
        report.State(Metric.ProcurementGoods, 0m, 129);
        report.State(Metric.ProcurementWorks, 0m, 129);
        report.State(Metric.ProcurementServices, 1033.20m, 129);

        IdentityChecks.Check(report).ShouldBeEmpty();

        report.State(Metric.ProcurementGoods, 12.50m, 129);
        var finding = IdentityChecks.Check(report).ShouldHaveSingleItem();
        finding.Rule.ShouldBe(RuleCodes.ProcurementSum);
        finding.Expected.ShouldBe(1045.70m);
        finding.Actual.ShouldBe(1033.20m);
    }

    [Fact]
    public void Procurement_without_the_works_figure_is_skipped()
    {
        var report = TestReports.Empty();
        report.State(Metric.ProcurementTotal, 1033.20m, 129);
        report.State(Metric.ProcurementGoods, 5m, 129);
        report.State(Metric.ProcurementServices, 1033.20m, 129);

        IdentityChecks.Check(report).ShouldBeEmpty();
    }
}
