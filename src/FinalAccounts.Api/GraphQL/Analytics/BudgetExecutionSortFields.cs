namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>What budget-execution groups sort by, and the SQL over the grouped columns for each.</summary>
public static class BudgetExecutionSortFields
{
    public static IReadOnlyList<SortField> All { get; } =
    [
        SortField.Key,
        new("actual", "total", "Sort by the actual amount."),
        new("initialBudget", "second_total", "Sort by the initial budget."),
        new("difference", "(total - second_total)", "Sort by actual − initial budget."),
        // Floating point only to order rows; the percentages served are exact decimals.
        new("executionPercent", "CASE WHEN second_total <> 0 THEN CAST(total AS REAL) / second_total END", "Sort by the execution ratio (groups with a zero budget are missing)."),
        new("count", "n", "Sort by the number of facts in the group."),
    ];
}
