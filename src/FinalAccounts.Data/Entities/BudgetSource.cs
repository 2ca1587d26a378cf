using System.ComponentModel;

namespace FinalAccounts.Data.Entities;

/// <summary>The budget a fiscal appropriation comes from.</summary>
[Description("The budget a fiscal appropriation comes from.")]
public enum BudgetSource
{
    /// <summary>一般公共预算.</summary>
    [Description("一般公共预算: the general public budget.")]
    GeneralPublicBudget,
    /// <summary>政府性基金预算.</summary>
    [Description("政府性基金预算: the government fund budget.")]
    GovernmentFundBudget,
    /// <summary>国有资本经营预算.</summary>
    [Description("国有资本经营预算: the state capital operating budget.")]
    StateCapitalBudget,
}
