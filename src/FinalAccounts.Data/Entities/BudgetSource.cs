namespace FinalAccounts.Data.Entities;

/// <summary>The budget a fiscal appropriation comes from.</summary>
public enum BudgetSource
{
    /// <summary>一般公共预算.</summary>
    GeneralPublicBudget,
    /// <summary>政府性基金预算.</summary>
    GovernmentFundBudget,
    /// <summary>国有资本经营预算.</summary>
    StateCapitalBudget,
}
