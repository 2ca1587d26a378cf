using FinalAccounts.Data.Entities;
using FinalAccounts.Ingest.Model;

namespace FinalAccounts.Ingest.Tests.Checks;

/// <summary>Hand-made reports in the hub model, stating only what a test needs.</summary>
internal static class TestReports
{
    public static Report Empty() => new() { FileName = "hand-made.txt", Sha256 = new string('0', 64) };

    /// <summary>States <paramref name="metric"/> with <paramref name="amount"/> at <paramref name="line"/> and returns the figure for further detail.</summary>
    public static StatedFigure State(this Report report, Metric metric, decimal amount, int line = 1)
    {
        var figure = new StatedFigure { Amount = amount, Line = line };
        report.Figures[metric] = figure;
        return figure;
    }

    public static StatedCategory AddCategory(this Report report, string name, decimal amount, int line,
        BudgetSource source = BudgetSource.GeneralPublicBudget)
    {
        var category = new StatedCategory
        {
            Ordinal = report.Categories.Count + 1,
            StatedName = name,
            Amount = amount,
            BudgetSource = source,
            Line = line,
        };
        report.Categories.Add(category);
        return category;
    }

    public static ProjectTable AddProject(this Report report, string name, int line)
    {
        var project = new ProjectTable { Ordinal = report.Projects.Count + 1, Name = name, Line = line };
        report.Projects.Add(project);
        return project;
    }

    public static IndicatorRow AddIndicator(this ProjectTable project, string name, IndicatorOperator op,
        decimal? initialTarget, decimal? adjustedTarget, decimal? actual, decimal? weight, decimal? score, int line)
    {
        var indicator = new IndicatorRow
        {
            Ordinal = project.Indicators.Count + 1,
            Name = name,
            Operator = op,
            InitialTarget = initialTarget,
            AdjustedTarget = adjustedTarget,
            ActualValue = actual,
            Weight = weight,
            Score = score,
            Line = line,
        };
        project.Indicators.Add(indicator);
        return indicator;
    }

    /// <summary>The findings of one rule only, so a test of one rule is not disturbed by the others.</summary>
    public static IReadOnlyList<Finding> FindingsOf(this Report report, string rule) =>
        FinalAccounts.Ingest.Checks.IdentityChecks.Check(report).Where(f => f.Rule == rule).ToList();
}
