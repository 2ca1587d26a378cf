using FinalAccounts.Data.Entities;
using FinalAccounts.Ingest.Checks;
using FinalAccounts.Ingest.Model;

namespace FinalAccounts.Ingest.Tests.Checks;

public sealed class IndicatorChecksTests
{
    private const string Project = "电子政务外网维护费";

    private static (Report Report, ProjectTable Project) WithProject()
    {
        var report = TestReports.Empty();
        var project = report.AddProject(Project, 169);
        project.AddIndicator("年稳定运行", IndicatorOperator.AtLeast, 360m, null, 365m, 40m, 40m, 184);
        project.AddIndicator("年均维护成本增长率", IndicatorOperator.AtMost, 10m, null, 0m, 20m, 20m, 185);
        project.AddIndicator("系统运行维护响应时间", IndicatorOperator.AtMost, 24m, null, 0m, 20m, 20m, 186);
        project.AddIndicator("用户满意度", IndicatorOperator.AtLeast, 95m, null, 100m, 20m, 20m, 187);
        return (report, project);
    }

    [Fact]
    public void A_table_whose_weights_sum_to_100_and_whose_targets_are_met_is_no_finding() =>
        IdentityChecks.Check(WithProject().Report).ShouldBeEmpty();

    [Fact]
    public void Weights_that_do_not_sum_to_100_are_an_error_on_the_project()
    {
        var (report, project) = WithProject();
        project.Indicators[2].Weight = 115m;
        project.Indicators[2].Score = 20m;

        IdentityChecks.Check(report).ShouldBe(
        [
            new Finding(RuleCodes.IndicatorWeightsSum, Severity.Error, Project,
                "Indicator weights of 电子政务外网维护费 sum to 40 + 20 + 115 + 20 = 195, not 100.", 100m, 195m, 169),
        ]);
    }

    [Fact]
    public void A_row_without_a_weight_skips_the_weights_sum()
    {
        var (report, project) = WithProject();
        project.Indicators[0].Weight = null;

        IdentityChecks.Check(report).ShouldBeEmpty();
    }

    [Fact]
    public void A_score_above_its_weight_is_an_error_on_the_indicator()
    {
        var (report, project) = WithProject();
        project.AddIndicator("数据更新频率", IndicatorOperator.AtMost, 24m, null, 0m, 0m, 5m, 188);

        IdentityChecks.Check(report).ShouldBe(
        [
            new Finding(RuleCodes.IndicatorScoreExceedsWeight, Severity.Error, "电子政务外网维护费 / 数据更新频率",
                "Score 5 of 数据更新频率 exceeds its weight 0.", 0m, 5m, 188),
        ]);
    }

    [Fact]
    public void A_missed_target_with_full_score_is_an_error_with_target_and_actual_value()
    {
        var (report, project) = WithProject();
        project.Indicators[3].ActualValue = 0m;

        IdentityChecks.Check(report).ShouldBe(
        [
            new Finding(RuleCodes.IndicatorMissedTargetFullScore, Severity.Error, "电子政务外网维护费 / 用户满意度",
                "Actual value 0 of 用户满意度 misses its target ≥ 95, yet it scores 20 of weight 20.", 95m, 0m, 187),
        ]);
    }

    [Fact]
    public void The_adjusted_target_replaces_the_initial_one()
    {
        var (report, project) = WithProject();
        var usage = project.Indicators[3];
        usage.InitialTarget = 95m;
        usage.AdjustedTarget = 90m;
        usage.ActualValue = 92m;

        IdentityChecks.Check(report).ShouldBeEmpty();

        usage.ActualValue = 89m;
        IdentityChecks.Check(report).ShouldHaveSingleItem().Expected.ShouldBe(90m);
    }

    [Theory]
    [InlineData(IndicatorOperator.AtLeast, 10, 9, true)]
    [InlineData(IndicatorOperator.AtLeast, 10, 10, false)]
    [InlineData(IndicatorOperator.AtMost, 24, 25, true)]
    [InlineData(IndicatorOperator.AtMost, 24, 24, false)]
    [InlineData(IndicatorOperator.Equal, 100, 99, true)]
    [InlineData(IndicatorOperator.Equal, 100, 100, false)]
    [InlineData(IndicatorOperator.Above, 0, 0, true)]
    [InlineData(IndicatorOperator.Above, 0, 1, false)]
    [InlineData(IndicatorOperator.Below, 5, 5, true)]
    [InlineData(IndicatorOperator.Below, 5, 4, false)]
    [InlineData(IndicatorOperator.Qualitative, 5, 0, false)]
    public void Each_operator_tells_a_missed_target(IndicatorOperator op, int target, int actual, bool missed)
    {
        var report = TestReports.Empty();
        var project = report.AddProject("政府信息平台运行经费", 178);
        project.AddIndicator("指标", op, target, null, actual, 100m, 100m, 195);

        report.FindingsOf(RuleCodes.IndicatorMissedTargetFullScore).Count.ShouldBe(missed ? 1 : 0);
    }

    [Fact]
    public void A_missed_target_scored_below_its_weight_is_no_finding()
    {
        var (report, project) = WithProject();
        project.Indicators[3].ActualValue = 80m;
        project.Indicators[3].Score = 12m;

        IdentityChecks.Check(report).ShouldBeEmpty();
    }

    [Fact]
    public void An_indicator_without_an_actual_value_is_not_judged_against_its_target()
    {
        var (report, project) = WithProject();
        project.Indicators[3].ActualValue = null;
        project.Indicators[3].ValueText = "好";

        IdentityChecks.Check(report).ShouldBeEmpty();
    }
}
