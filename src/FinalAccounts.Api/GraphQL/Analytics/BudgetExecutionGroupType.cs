using FinalAccounts.Api.GraphQL.Conventions;
using GraphQL.Types;
using static FinalAccounts.Api.GraphQL.Conventions.Fields;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>Actual against initial budget for one group: amounts in 万元, difference and execution ratio.</summary>
public sealed class BudgetExecutionGroupType : ObjectGraphType<BudgetExecutionGroup>
{
    public BudgetExecutionGroupType(ConventionTypes types, AnalyticsTypes analytics)
    {
        Name = "BudgetExecutionGroup";
        Description = "Actual spending against the initial budget (年初预算) for one group, over the facts whose report states both. The initial budget is derived from the stated change against it.";
        GroupKeyFields.AddTo(this, types, analytics, g => g.Key, withYear: true);
        var money = types.Scalars.Decimal;
        var count = NonNull(types.Scalars.Int);
        AddField(Output("actual", NonNull(money), "Sum of the actual (final-accounts) amounts, in 万元.", Read(g => g.Actual)));
        AddField(Output("initialBudget", NonNull(money), "Derived, not reported: sum of the initial budgets (amount − stated change against the budget), in 万元.", Read(g => g.InitialBudget)));
        AddField(Output("difference", NonNull(money), "Derived, not reported: actual − initialBudget, in 万元 (positive: spent more than budgeted).", Read(g => g.Difference)));
        AddField(Output("executionPercent", money, "Derived, not reported: actual as a percentage of initialBudget (two decimals); null when the initial budget is zero.", Read(g => g.ExecutionPercent)));
        AddField(Output("count", count, "Number of facts (amounts stating a budget) in the group.", Read(g => g.Count)));
    }

    private static SourceResolver Read(Func<BudgetExecutionGroup, object?> read) => new(s => read((BudgetExecutionGroup)s));
}
