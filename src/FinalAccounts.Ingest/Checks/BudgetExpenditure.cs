using FinalAccounts.Data.Entities;

namespace FinalAccounts.Ingest.Checks;

/// <summary>The expenditure figure that the functional categories of one budget source add up to.</summary>
internal static class BudgetExpenditure
{
    public static Metric Of(BudgetSource source) => source switch
    {
        BudgetSource.GeneralPublicBudget => Metric.GeneralBudgetExpenditure,
        BudgetSource.GovernmentFundBudget => Metric.GovernmentFundExpenditure,
        BudgetSource.StateCapitalBudget => Metric.StateCapitalExpenditure,
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Unknown budget source."),
    };
}
