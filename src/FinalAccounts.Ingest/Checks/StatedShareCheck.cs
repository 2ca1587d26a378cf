using System.Globalization;
using FinalAccounts.Data.Entities;
using FinalAccounts.Ingest.Model;

namespace FinalAccounts.Ingest.Checks;

/// <summary>Every stated share (占…%) equals the amount over its parent total, rounded to the decimals the report states.</summary>
internal sealed class StatedShareCheck : IIdentityCheck
{
    /// <summary>Which total each share is a share of; the first parent the report states is used.</summary>
    internal static readonly IReadOnlyDictionary<Metric, Metric[]> Parents = new Dictionary<Metric, Metric[]>
    {
        [Metric.BasicExpenditure] = [Metric.ExpenditureSubtotal],
        [Metric.ProjectExpenditure] = [Metric.ExpenditureSubtotal],
        [Metric.FiscalAppropriationIncome] = [Metric.IncomeSubtotal],
        [Metric.ServiceIncome] = [Metric.IncomeSubtotal],
        [Metric.BusinessIncome] = [Metric.IncomeSubtotal],
        [Metric.OtherIncome] = [Metric.IncomeSubtotal],
        [Metric.PersonnelExpenses] = [Metric.GeneralBudgetBasicExpenditure, Metric.BasicExpenditure],
        [Metric.OperatingExpenses] = [Metric.GeneralBudgetBasicExpenditure, Metric.BasicExpenditure],
        [Metric.ProcurementGoods] = [Metric.ProcurementTotal],
        [Metric.ProcurementWorks] = [Metric.ProcurementTotal],
        [Metric.ProcurementServices] = [Metric.ProcurementTotal],
        [Metric.ProcurementSme] = [Metric.ProcurementTotal],
        [Metric.ProcurementSmallMicro] = [Metric.ProcurementTotal],
    };

    public IEnumerable<Finding> Check(Report report)
    {
        foreach (var metric in Enum.GetValues<Metric>())
        {
            if (report[metric] is not { Amount: { } amount } figure || !Parents.TryGetValue(metric, out var parents))
            {
                continue;
            }

            var (stated, line) = StatedShare(report, metric, figure);
            var parent = parents.Cast<Metric?>().FirstOrDefault(p => report.Amount(p!.Value) is not null);
            if (stated is not { } share || parent is not { } total)
            {
                continue;
            }

            if (Compare(share, amount, total, report.Amount(total)!.Value, metric.ToString(), line) is { } finding)
            {
                yield return finding;
            }
        }

        foreach (var category in report.Categories)
        {
            var total = BudgetExpenditure.Of(category.BudgetSource);
            if (category is { Amount: { } amount, SharePercent: { } share } && report.Amount(total) is { } totalAmount
                && Compare(share, amount, total, totalAmount, $"{total} / {category.StatedName}", category.Line) is { } finding)
            {
                yield return finding;
            }
        }
    }

    /// <summary>The procurement shares of SMEs may sit on the report rather than on the figure, at the procurement line.</summary>
    private static (decimal? Share, int Line) StatedShare(Report report, Metric metric, StatedFigure figure) => metric switch
    {
        _ when figure.SharePercent is not null => (figure.SharePercent, figure.Line),
        Metric.ProcurementSme => (report.ProcurementSmeSharePercent, report.ProcurementLine ?? figure.Line),
        Metric.ProcurementSmallMicro => (report.ProcurementSmallMicroSharePercent, report.ProcurementLine ?? figure.Line),
        _ => (null, figure.Line),
    };

    private static Finding? Compare(decimal stated, decimal amount, Metric total, decimal totalAmount, string subject, int line)
    {
        // A share of nothing has no value to compare with.
        if (totalAmount == 0m)
        {
            return null;
        }

        var expected = StatedPrecision.RoundLike(StatedPrecision.Percent(amount, totalAmount), stated);
        if (expected == stated)
        {
            return null;
        }

        var message = string.Create(CultureInfo.InvariantCulture,
            $"Stated share {stated}% of {total} does not match {amount} / {totalAmount} = {expected}%.");
        return new Finding(RuleCodes.StatedShare, Severity.Error, subject, message, expected, stated, line);
    }
}
