using FinalAccounts.Data.Entities;
using FinalAccounts.Ingest.Checks;
using FinalAccounts.Ingest.Model;

namespace FinalAccounts.Ingest.Tests.Checks;

public sealed class CategorySumCheckTests
{
    private static Report WithCategories(decimal expenditure)
    {
        var report = TestReports.Empty();
        report.State(Metric.GeneralBudgetExpenditure, expenditure, 85);
        report.AddCategory("一般公共服务支出", 774.33m, 91);
        report.AddCategory("社会保障与就业支出", 63.80m, 95);
        report.AddCategory("卫生健康支出", 19.87m, 97);
        report.AddCategory("住房保障支出", 18.09m, 99);
        return report;
    }

    [Fact]
    public void General_budget_expenditure_equal_to_its_categories_is_no_finding() =>
        IdentityChecks.Check(WithCategories(876.09m)).ShouldBeEmpty();

    [Fact]
    public void General_budget_expenditure_that_is_not_the_sum_of_its_categories_is_an_error()
    {
        IdentityChecks.Check(WithCategories(880.00m)).ShouldBe(
        [
            new Finding(RuleCodes.CategorySum, Severity.Error, "GeneralBudgetExpenditure",
                "GeneralBudgetExpenditure 880.00 does not equal the sum of its 4 functional categories 774.33 + 63.80 + 19.87 + 18.09 = 876.09.",
                876.09m, 880.00m, 85),
        ]);
    }

    [Fact]
    public void A_difference_of_one_hundredth_is_a_rounding_hint()
    {
        var finding = IdentityChecks.Check(WithCategories(876.08m)).ShouldHaveSingleItem();

        finding.Rule.ShouldBe(RuleCodes.CategorySum);
        finding.Severity.ShouldBe(Severity.RoundingHint);
    }

    [Fact]
    public void Categories_of_another_budget_source_are_summed_against_their_own_expenditure()
    {
        var report = WithCategories(876.09m);
        report.State(Metric.GovernmentFundExpenditure, 6078.90m, 107);
        report.AddCategory("抗疫特别国债安排的支出", 6000.00m, 108, BudgetSource.GovernmentFundBudget);

        var finding = IdentityChecks.Check(report).ShouldHaveSingleItem();

        finding.Subject.ShouldBe("GovernmentFundExpenditure");
        finding.Expected.ShouldBe(6000.00m);
        finding.Actual.ShouldBe(6078.90m);
    }

    [Fact]
    public void A_category_without_an_amount_skips_the_sum()
    {
        var report = WithCategories(999m);
        report.Categories.Add(new StatedCategory { Ordinal = 5, StatedName = "其他支出", Line = 100 });

        IdentityChecks.Check(report).ShouldBeEmpty();
    }

    [Fact]
    public void Categories_without_a_stated_expenditure_are_skipped()
    {
        var report = TestReports.Empty();
        report.AddCategory("一般公共服务支出", 774.33m, 91);

        IdentityChecks.Check(report).ShouldBeEmpty();
    }
}
