using FinalAccounts.Data.Entities;
using FinalAccounts.Ingest.Checks;
using FinalAccounts.Ingest.Model;
using FsCheck.Xunit;

namespace FinalAccounts.Ingest.Tests.Checks;

public sealed class StatedPercentCheckTests
{
    private static Report WithGeneralBudgetIncome(decimal budgetPercent)
    {
        var report = TestReports.Empty();
        var income = report.State(Metric.GeneralBudgetIncome, 871.82m, 83);
        income.ChangeAmount = 68.32m;
        income.ChangePercent = 8.5m;
        income.ChangeLine = 83;
        income.BudgetChangeAmount = 137.95m;
        income.BudgetChangePercent = budgetPercent;
        income.BudgetChangeLine = 83;
        return report;
    }

    [Fact]
    public void Stated_percents_that_round_to_the_stated_decimals_are_no_finding() =>
        IdentityChecks.Check(WithGeneralBudgetIncome(18.8m)).ShouldBeEmpty();

    [Fact]
    public void A_percent_vs_initial_budget_that_does_not_match_is_an_error()
    {
        IdentityChecks.Check(WithGeneralBudgetIncome(19.4m)).ShouldBe(
        [
            new Finding(RuleCodes.StatedPercent, Severity.Error, "GeneralBudgetIncome",
                "Stated change 19.4% vs initial budget does not match 137.95 / 733.87 = 18.8%.",
                18.8m, 19.4m, 83),
        ]);
    }

    [Fact]
    public void A_percent_vs_previous_year_that_does_not_match_is_an_error_at_the_change_line()
    {
        var report = TestReports.Empty();
        var total = report.State(Metric.IncomeTotal, 6954.99m, 31);
        total.ChangeAmount = 6151.49m;
        total.ChangePercent = 765.5m;
        total.ChangeLine = 32;

        IdentityChecks.Check(report).ShouldBe(
        [
            new Finding(RuleCodes.StatedPercent, Severity.Error, "IncomeTotal",
                "Stated change 765.5% vs previous year does not match 6151.49 / 803.50 = 765.6%.",
                765.6m, 765.5m, 32),
        ]);
    }

    [Fact]
    public void A_rise_from_a_base_of_zero_stated_as_100_percent_is_the_convention()
    {
        var report = TestReports.Empty();
        var fund = report.State(Metric.GovernmentFundIncome, 6078.90m, 107);
        fund.ChangeAmount = 6078.90m;
        fund.ChangePercent = 100m;

        IdentityChecks.Check(report).ShouldBeEmpty();
    }

    [Fact]
    public void A_rise_from_a_base_of_zero_stated_otherwise_is_an_error()
    {
        var report = TestReports.Empty();
        var carryover = report.State(Metric.GeneralBudgetCarryoverIn, 4.27m, 83);
        carryover.ChangeAmount = 4.27m;
        carryover.ChangePercent = 50m;

        var finding = IdentityChecks.Check(report).ShouldHaveSingleItem();

        finding.Rule.ShouldBe(RuleCodes.StatedPercent);
        finding.Expected.ShouldBe(100m);
        finding.Actual.ShouldBe(50m);
        finding.Message.ShouldBe("Stated change 50% vs previous year does not match the 100% stated by convention for a change of 4.27 from a base of 0.");
    }

    [Fact]
    public void No_change_from_zero_stated_as_0_percent_is_no_finding()
    {
        var report = TestReports.Empty();
        var carryover = report.State(Metric.CarryoverOut, 0.00m, 38);
        carryover.ChangeAmount = 0.00m;
        carryover.ChangePercent = 0m;
        var threePublic = report.State(Metric.ThreePublicTotal, 0.00m, 119);
        threePublic.BudgetChangeAmount = 0.00m;
        threePublic.BudgetChangePercent = 0m;

        IdentityChecks.Check(report).ShouldBeEmpty();
    }

    [Fact]
    public void A_decrease_is_checked_with_its_sign()
    {
        var report = TestReports.Empty();
        var fees = report.State(Metric.TrainingFees, 0.97m, 123);
        fees.ChangeAmount = -0.21m;
        fees.ChangePercent = -17.8m;

        IdentityChecks.Check(report).ShouldBeEmpty();

        fees.ChangePercent = 17.8m;
        var finding = IdentityChecks.Check(report).ShouldHaveSingleItem();
        finding.Expected.ShouldBe(-17.8m);
    }

    [Fact]
    public void Halves_round_away_from_zero()
    {
        // 1 / 8 = 12.5%, which a report stating whole percent gives as 13.
        var report = TestReports.Empty();
        var fees = report.State(Metric.MeetingFees, 9m, 121);
        fees.ChangeAmount = 1m;
        fees.ChangePercent = 13m;

        IdentityChecks.Check(report).ShouldBeEmpty();
    }

    [Fact]
    public void Category_changes_vs_initial_budget_are_checked()
    {
        var report = TestReports.Empty();
        var services = report.AddCategory("一般公共服务支出", 774.33m, 91);
        services.BudgetChangeAmount = 115.05m;
        services.BudgetChangePercent = 17.5m;
        var social = report.AddCategory("社会保障与就业支出", 63.80m, 95);
        social.BudgetChangeAmount = 27.17m;
        social.BudgetChangePercent = 74.0m;

        IdentityChecks.Check(report).ShouldBe(
        [
            new Finding(RuleCodes.StatedPercent, Severity.Error, "GeneralBudgetExpenditure / 社会保障与就业支出",
                "Stated change 74.0% vs initial budget does not match 27.17 / 36.63 = 74.2%.",
                74.2m, 74.0m, 95),
        ]);
    }

    [Fact]
    public void A_percent_without_its_change_amount_is_skipped()
    {
        var report = TestReports.Empty();
        report.State(Metric.IncomeSubtotal, 100m, 34).ChangePercent = 20.8m;

        IdentityChecks.Check(report).ShouldBeEmpty();
    }

    [Property]
    public void The_correctly_rounded_percent_holds_and_one_tenth_more_does_not(uint baseCents, uint changeCents)
    {
        var @base = (baseCents % 100_000_000 + 1) / 100m;
        var change = changeCents % 100_000_000 / 100m;
        var stated = Math.Round(change * 100m / @base, 1, MidpointRounding.AwayFromZero);
        var report = TestReports.Empty();
        var figure = report.State(Metric.OtherIncome, @base + change, 34);
        figure.ChangeAmount = change;
        figure.ChangePercent = stated;

        IdentityChecks.Check(report).ShouldBeEmpty();

        figure.ChangePercent = stated + 0.1m;
        IdentityChecks.Check(report).ShouldHaveSingleItem().Expected.ShouldBe(stated);
    }
}
