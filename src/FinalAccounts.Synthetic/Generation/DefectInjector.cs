using Bogus;
using FinalAccounts.Data.Entities;
using FinalAccounts.Ingest.Checks;
using FinalAccounts.Ingest.Model;

namespace FinalAccounts.Synthetic.Generation;

/// <summary>
/// Puts one deliberate error into a report, touching a single stated value so that exactly one
/// identity breaks: a percent, a share, one procurement part, one indicator's weight, score or actual value.
/// Amounts that later years' changes depend on are never touched.
/// </summary>
public static class DefectInjector
{
    /// <summary>Changes with a shared sentence (收支…) are left alone: one wrong percent must be one finding.</summary>
    private static readonly HashSet<Metric> SharedSentence = [Metric.IncomeTotal, Metric.ExpenditureTotal];

    public static InjectedDefect? Inject(Report report, Faker f)
    {
        var kinds = Enum.GetValues<DefectKind>().Where(k => Applicable(report, k)).ToArray();
        if (kinds.Length == 0) return null;
        return f.PickRandom(kinds) switch
        {
            DefectKind.StatedChangePercent => WrongChangePercent(report, f),
            DefectKind.StatedSharePercent => WrongShare(report, f),
            DefectKind.ProcurementParts => WrongProcurementPart(report, f),
            DefectKind.IndicatorWeights => WrongWeights(report, f),
            DefectKind.ScoreAboveWeight => ScoreAboveWeight(report, f),
            DefectKind.FullScoreOnMissedTarget => FullScoreOnMiss(report, f),
            var k => throw new ArgumentOutOfRangeException(nameof(report), k, "Unknown defect."),
        };
    }

    private static bool Applicable(Report report, DefectKind kind) => kind switch
    {
        DefectKind.StatedChangePercent => PercentCandidates(report).Any(),
        DefectKind.StatedSharePercent => report.Categories.Count > 0,
        DefectKind.ProcurementParts => report.Amount(Metric.ProcurementTotal) > 0,
        DefectKind.IndicatorWeights => report.Projects.Count > 0,
        DefectKind.ScoreAboveWeight => FullScoreIndicators(report, _ => true).Any(),
        DefectKind.FullScoreOnMissedTarget => FullScoreIndicators(report, MissableOperator).Any(),
        _ => false,
    };

    private static IEnumerable<(Metric Metric, StatedFigure Figure, bool Budget)> PercentCandidates(Report report)
    {
        foreach (var (metric, figure) in report.Figures.OrderBy(p => p.Key))
        {
            if (SharedSentence.Contains(metric)) continue;
            if (figure.ChangePercent is not null && figure.PreviousYearAmount is not 0m) yield return (metric, figure, false);
            if (figure.BudgetChangePercent is not null && figure.InitialBudgetAmount is not 0m) yield return (metric, figure, true);
        }
    }

    private static InjectedDefect WrongChangePercent(Report report, Faker f)
    {
        var (metric, figure, budget) = f.PickRandom(PercentCandidates(report).ToList());
        var right = (budget ? figure.BudgetChangePercent : figure.ChangePercent)!.Value;
        var wrong = Money.Round1(right + (right >= 0 ? 1 : -1) * (decimal)f.Random.Int(11, 99) / 10m);
        if (budget) figure.BudgetChangePercent = wrong; else figure.ChangePercent = wrong;
        return new InjectedDefect(DefectKind.StatedChangePercent, RuleCodes.StatedPercent, metric.ToString(), right, wrong);
    }

    private static InjectedDefect WrongShare(Report report, Faker f)
    {
        var category = f.PickRandom(report.Categories);
        var right = category.SharePercent!.Value;
        var offset = (decimal)f.Random.Int(11, 59) / 10m;
        var wrong = Money.Round1(right >= 50 ? right - offset : right + offset);
        category.SharePercent = wrong;
        return new InjectedDefect(DefectKind.StatedSharePercent, RuleCodes.StatedShare, $"{Metric.GeneralBudgetExpenditure} / {category.StatedName}", right, wrong);
    }

    private static InjectedDefect WrongProcurementPart(Report report, Faker f)
    {
        var goods = report[Metric.ProcurementGoods]!;
        var total = report.Amount(Metric.ProcurementTotal)!.Value;
        goods.Amount += Money.Wan(f.Random.Int(1, 50) * 100L);
        var parts = goods.Amount + report.Amount(Metric.ProcurementWorks) + report.Amount(Metric.ProcurementServices);
        return new InjectedDefect(DefectKind.ProcurementParts, RuleCodes.ProcurementSum, nameof(Metric.ProcurementTotal), parts, total);
    }

    private static InjectedDefect WrongWeights(Report report, Faker f)
    {
        var project = f.PickRandom(report.Projects);
        var indicator = f.PickRandom(project.Indicators);
        indicator.Weight += 5 * f.Random.Int(1, 19);
        var sum = project.Indicators.Sum(i => i.Weight ?? 0);
        return new InjectedDefect(DefectKind.IndicatorWeights, RuleCodes.IndicatorWeightsSum, project.Name, 100, sum);
    }

    private static InjectedDefect ScoreAboveWeight(Report report, Faker f)
    {
        var (project, indicator) = f.PickRandom(FullScoreIndicators(report, _ => true).ToList());
        indicator.Score = indicator.Weight + f.Random.Int(1, 10);
        project.TotalScore = project.Indicators.Sum(i => i.Score ?? 0) + 0.00m;
        return new InjectedDefect(DefectKind.ScoreAboveWeight, RuleCodes.IndicatorScoreExceedsWeight, $"{project.Name} / {indicator.Name}", indicator.Weight, indicator.Score);
    }

    private static InjectedDefect FullScoreOnMiss(Report report, Faker f)
    {
        var (project, indicator) = f.PickRandom(FullScoreIndicators(report, MissableOperator).ToList());
        var target = indicator.AdjustedTarget ?? indicator.InitialTarget!.Value;
        indicator.ActualValue = PerformanceTableFaker.Missing(f, indicator.Operator, target);
        return new InjectedDefect(DefectKind.FullScoreOnMissedTarget, RuleCodes.IndicatorMissedTargetFullScore, $"{project.Name} / {indicator.Name}", target, indicator.ActualValue);
    }

    private static bool MissableOperator(IndicatorRow row) =>
        row.Operator is IndicatorOperator.AtLeast or IndicatorOperator.AtMost or IndicatorOperator.Equal;

    private static IEnumerable<(ProjectTable, IndicatorRow)> FullScoreIndicators(Report report, Func<IndicatorRow, bool> filter) =>
        report.Projects.SelectMany(p => p.Indicators.Where(i => i.Score == i.Weight && filter(i)).Select(i => (p, i)));
}
