using System.Globalization;
using FinalAccounts.Data.Entities;
using FinalAccounts.Ingest.Model;

namespace FinalAccounts.Ingest.Checks;

/// <summary>Totals and splits between figures of the report: a stated whole equals the sum of its stated parts.</summary>
internal sealed class AmountSumCheck : IIdentityCheck
{
    internal static readonly IReadOnlyList<SumIdentity> Identities =
    [
        new(RuleCodes.IncomeTotalSum, [Metric.IncomeTotal], [Metric.IncomeSubtotal, Metric.CarryoverIn], []),
        new(RuleCodes.ExpenditureTotalSum, [Metric.ExpenditureTotal], [Metric.ExpenditureSubtotal, Metric.CarryoverOut], []),
        new(RuleCodes.ExpenditureSubtotalSplit, [Metric.ExpenditureSubtotal], [Metric.BasicExpenditure, Metric.ProjectExpenditure], []),
        // Personnel and operating expenses are usually stated under the general-budget basic expenditure (section 二(四)).
        new(RuleCodes.BasicSplit, [Metric.GeneralBudgetBasicExpenditure, Metric.BasicExpenditure], [Metric.PersonnelExpenses, Metric.OperatingExpenses], []),
        // The fiscal-appropriation total (收、支总计) includes the general budget's year-end carry-over, which is usually 0 or unstated.
        new(RuleCodes.FiscalAppropriationSum, [Metric.FiscalAppropriationTotal],
            [Metric.GeneralBudgetExpenditure, Metric.GovernmentFundExpenditure],
            [Metric.StateCapitalExpenditure, Metric.GeneralBudgetCarryoverOut]),
        new(RuleCodes.ProcurementSum, [Metric.ProcurementTotal], [Metric.ProcurementGoods, Metric.ProcurementWorks, Metric.ProcurementServices], []),
    ];

    public IEnumerable<Finding> Check(Report report)
    {
        foreach (var identity in Identities)
        {
            if (Evaluate(report, identity) is { } finding)
            {
                yield return finding;
            }
        }
    }

    private static Finding? Evaluate(Report report, SumIdentity identity)
    {
        var stated = identity.Wholes.Where(m => report.Amount(m) is not null).ToList();
        if (stated.Count == 0 || identity.Parts.Any(m => report.Amount(m) is null))
        {
            return null;
        }

        var whole = stated[0];
        var wholeFigure = report[whole]!;
        var actual = wholeFigure.Amount!.Value;

        var parts = identity.Parts
            .Select(m => (Metric: m, Amount: report.Amount(m)!.Value))
            .Concat(identity.PartsZeroWhenAbsent
                .Where(m => report.Amount(m) is not null)
                .Select(m => (Metric: m, Amount: report.Amount(m)!.Value)))
            .ToList();
        var expected = parts.Sum(p => p.Amount);
        if (AmountComparison.Classify(expected, actual) is not { } severity)
        {
            return null;
        }

        var terms = string.Join(" + ", parts.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Metric} {p.Amount}")));
        var message = string.Create(CultureInfo.InvariantCulture,
            $"{whole} {actual} does not equal {terms} = {expected}{AmountComparison.Suffix(severity)}.");
        return new Finding(identity.Rule, severity, whole.ToString(), message, expected, actual, wholeFigure.Line);
    }
}
