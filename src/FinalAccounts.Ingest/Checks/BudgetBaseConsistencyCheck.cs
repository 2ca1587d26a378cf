using System.Globalization;
using FinalAccounts.Data.Entities;
using FinalAccounts.Ingest.Model;

namespace FinalAccounts.Ingest.Checks;

/// <summary>
/// The general budget's initial budget (年初预算数) is one figure, yet reports state it twice, through the change of
/// income and the change of expenditure against it; both derived values must agree.
/// </summary>
internal sealed class BudgetBaseConsistencyCheck : IIdentityCheck
{
    public IEnumerable<Finding> Check(Report report)
    {
        if (report[Metric.GeneralBudgetIncome] is not { Amount: { } income, BudgetChangeAmount: { } incomeChange }
            || report[Metric.GeneralBudgetExpenditure] is not { Amount: { } expenditure, BudgetChangeAmount: { } expenditureChange } figure)
        {
            yield break;
        }

        var fromIncome = income - incomeChange;
        var fromExpenditure = expenditure - expenditureChange;
        if (AmountComparison.Classify(fromIncome, fromExpenditure) is not { } severity)
        {
            yield break;
        }

        var message = string.Create(CultureInfo.InvariantCulture,
            $"Initial budget derived from income {income} − {incomeChange} = {fromIncome} differs from the one derived from expenditure {expenditure} − {expenditureChange} = {fromExpenditure}{AmountComparison.Suffix(severity)}.");
        yield return new Finding(RuleCodes.BudgetBaseConsistency, severity, nameof(Metric.GeneralBudgetExpenditure), message,
            fromIncome, fromExpenditure, figure.BudgetChangeLine ?? figure.Line);
    }
}
