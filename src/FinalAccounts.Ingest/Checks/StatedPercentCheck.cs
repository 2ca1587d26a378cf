using System.Globalization;
using FinalAccounts.Data.Entities;
using FinalAccounts.Ingest.Model;

namespace FinalAccounts.Ingest.Checks;

/// <summary>
/// Every stated change in percent equals change / (amount − change), rounded to the decimals the report states,
/// against the previous year and against the initial budget alike.
/// </summary>
internal sealed class StatedPercentCheck : IIdentityCheck
{
    internal const string PreviousYear = "previous year";
    internal const string InitialBudget = "initial budget";

    /// <summary>By the template's convention a rise from nothing is stated as 增长100%.</summary>
    internal const decimal FromZeroConvention = 100m;

    public IEnumerable<Finding> Check(Report report)
    {
        foreach (var change in StatedChanges(report))
        {
            if (Evaluate(change) is { } finding)
            {
                yield return finding;
            }
        }
    }

    private static IEnumerable<StatedChange> StatedChanges(Report report)
    {
        foreach (var metric in Enum.GetValues<Metric>())
        {
            if (report[metric] is not { Amount: { } amount } figure)
            {
                continue;
            }

            if (figure is { ChangeAmount: { } change, ChangePercent: { } percent })
            {
                yield return new StatedChange(metric.ToString(), PreviousYear, amount, change, percent, figure.ChangeLine ?? figure.Line);
            }

            if (figure is { BudgetChangeAmount: { } budgetChange, BudgetChangePercent: { } budgetPercent })
            {
                yield return new StatedChange(metric.ToString(), InitialBudget, amount, budgetChange, budgetPercent, figure.BudgetChangeLine ?? figure.Line);
            }
        }

        foreach (var category in report.Categories)
        {
            if (category is { Amount: { } amount, BudgetChangeAmount: { } change, BudgetChangePercent: { } percent })
            {
                var subject = $"{BudgetExpenditure.Of(category.BudgetSource)} / {category.StatedName}";
                yield return new StatedChange(subject, InitialBudget, amount, change, percent, category.Line);
            }
        }
    }

    private static Finding? Evaluate(StatedChange change)
    {
        var stated = change.Percent;
        decimal expected;
        string computation;
        if (change.Base != 0m)
        {
            expected = StatedPrecision.RoundLike(StatedPrecision.Percent(change.Change, change.Base), stated);
            computation = string.Create(CultureInfo.InvariantCulture, $"{change.Change} / {change.Base} = {expected}%");
        }
        else if (change.Change != 0m)
        {
            expected = FromZeroConvention;
            computation = string.Create(CultureInfo.InvariantCulture, $"the 100% stated by convention for a change of {change.Change} from a base of 0");
        }
        else
        {
            expected = 0m;
            computation = "0% for no change from a base of 0";
        }

        if (expected == stated)
        {
            return null;
        }

        var message = string.Create(CultureInfo.InvariantCulture,
            $"Stated change {stated}% vs {change.Basis} does not match {computation}.");
        return new Finding(RuleCodes.StatedPercent, Severity.Error, change.Subject, message, expected, stated, change.Line);
    }
}
