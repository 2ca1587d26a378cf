namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>What aggregate groups sort by, and the SQL over the grouped columns for each.</summary>
public static class AggregateSortFields
{
    public static IReadOnlyList<SortField> All { get; } =
    [
        SortField.Key,
        new("sum", "total", "Sort by the group's sum."),
        new("count", "n", "Sort by the number of facts in the group."),
        new("changeAmount", "(total - previous_total)", "Sort by the change from the previous year's group (groups without one are missing). Needs YEAR in `groupBy`.", NeedsYear: true),
        // Floating point only to order rows; the percentages served are exact decimals.
        new("changePercent", "CASE WHEN previous_total <> 0 THEN CAST(total - previous_total AS REAL) / previous_total END",
            "Sort by the change from the previous year's group in percent (groups without one, or with a zero base, are missing). Needs YEAR in `groupBy`.", NeedsYear: true),
    ];
}
