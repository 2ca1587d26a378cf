using FinalAccounts.Data.Entities;
using FinalAccounts.Ingest.Checks;
using FinalAccounts.Ingest.Model;

namespace FinalAccounts.Ingest.Tests.Checks;

public sealed class BudgetBaseConsistencyCheckTests
{
    private static Report WithBudgetChanges(decimal incomeChange, decimal expenditureChange)
    {
        // Percents are left unstated so that only the budget base is checked.
        var report = TestReports.Empty();
        report.State(Metric.GeneralBudgetIncome, 871.82m, 83).BudgetChangeAmount = incomeChange;
        var expenditure = report.State(Metric.GeneralBudgetExpenditure, 876.09m, 85);
        expenditure.BudgetChangeAmount = expenditureChange;
        expenditure.BudgetChangeLine = 86;
        return report;
    }

    [Fact]
    public void The_same_initial_budget_from_income_and_expenditure_is_no_finding() =>
        IdentityChecks.Check(WithBudgetChanges(137.95m, 142.22m)).ShouldBeEmpty();

    [Fact]
    public void A_difference_of_one_hundredth_is_a_rounding_hint()
    {
        IdentityChecks.Check(WithBudgetChanges(137.95m, 142.23m)).ShouldBe(
        [
            new Finding(RuleCodes.BudgetBaseConsistency, Severity.RoundingHint, "GeneralBudgetExpenditure",
                "Initial budget derived from income 871.82 − 137.95 = 733.87 differs from the one derived from expenditure 876.09 − 142.23 = 733.86, a difference of 0.01 that rounding explains.",
                733.87m, 733.86m, 86),
        ]);
    }

    [Fact]
    public void A_larger_difference_is_an_error()
    {
        var finding = IdentityChecks.Check(WithBudgetChanges(137.95m, 100.00m)).ShouldHaveSingleItem();

        finding.Severity.ShouldBe(Severity.Error);
        finding.Expected.ShouldBe(733.87m);
        finding.Actual.ShouldBe(776.09m);
    }

    [Fact]
    public void Without_a_budget_change_on_both_sides_the_check_is_skipped()
    {
        var report = WithBudgetChanges(137.95m, 100.00m);
        report[Metric.GeneralBudgetIncome]!.BudgetChangeAmount = null;

        IdentityChecks.Check(report).ShouldBeEmpty();
    }
}
