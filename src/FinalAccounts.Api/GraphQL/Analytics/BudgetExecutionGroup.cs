namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>Actual against initial budget for one group: amounts in 万元, the difference and the execution ratio.</summary>
public sealed record BudgetExecutionGroup(
    GroupKey Key,
    decimal Actual,
    decimal InitialBudget,
    decimal Difference,
    decimal? ExecutionPercent,
    int Count);
