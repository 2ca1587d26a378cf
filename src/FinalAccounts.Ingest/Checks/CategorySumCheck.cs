using System.Globalization;
using FinalAccounts.Ingest.Model;

namespace FinalAccounts.Ingest.Checks;

/// <summary>The expenditure of a budget source equals the sum of its functional categories (支出功能分类).</summary>
internal sealed class CategorySumCheck : IIdentityCheck
{
    public IEnumerable<Finding> Check(Report report)
    {
        foreach (var group in report.Categories.GroupBy(c => c.BudgetSource).OrderBy(g => g.Key))
        {
            var metric = BudgetExpenditure.Of(group.Key);
            var figure = report[metric];
            // A category without an amount means the list was read only in part: its sum proves nothing.
            if (figure?.Amount is not { } actual || group.Any(c => c.Amount is null))
            {
                continue;
            }

            var expected = group.Sum(c => c.Amount!.Value);
            if (AmountComparison.Classify(expected, actual) is not { } severity)
            {
                continue;
            }

            var terms = string.Join(" + ", group.Select(c => c.Amount!.Value.ToString(CultureInfo.InvariantCulture)));
            var message = string.Create(CultureInfo.InvariantCulture,
                $"{metric} {actual} does not equal the sum of its {group.Count()} functional categories {terms} = {expected}{AmountComparison.Suffix(severity)}.");
            yield return new Finding(RuleCodes.CategorySum, severity, metric.ToString(), message, expected, actual, figure.Line);
        }
    }
}
