using FinalAccounts.Data.Entities;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>A budget source with its Chinese and English names.</summary>
public sealed record BudgetSourceLabel(BudgetSource BudgetSource, string NameZh, string NameEn)
{
    public static IReadOnlyList<BudgetSourceLabel> All { get; } =
    [
        new(BudgetSource.GeneralPublicBudget, "一般公共预算", "General public budget"),
        new(BudgetSource.GovernmentFundBudget, "政府性基金预算", "Government fund budget"),
        new(BudgetSource.StateCapitalBudget, "国有资本经营预算", "State capital operating budget"),
    ];

    public static BudgetSourceLabel For(BudgetSource source) => All.First(l => l.BudgetSource == source);
}
