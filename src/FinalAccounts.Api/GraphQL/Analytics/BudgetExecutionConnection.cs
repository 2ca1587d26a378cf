using FinalAccounts.Api.GraphQL.Conventions;
using GraphQL.Types;
using static FinalAccounts.Api.GraphQL.Conventions.Fields;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>BudgetExecutionConnection: a Relay connection of budget-execution groups, with the totals over all groups beside it.</summary>
public static class BudgetExecutionConnection
{
    public static ConnectionType Create(ConventionTypes types, AnalyticsTypes analytics)
    {
        var connection = PositionConnection.Create("budgetExecution", analytics.BudgetExecutionGroup, types,
            "Actual against initial budget, a page of groups at a time (Relay cursor connection), with the totals over all groups.");
        var money = types.Scalars.Decimal;
        connection.AddField(Output("metric", NonNull(analytics.MetricInfo), "The metric compared with its budget, with its names.", Read(r => r.Metric)));
        connection.AddField(Output("groupBy", NonNull(ListOfNonNull(types.Enum(typeof(AnalyticsDimension)))), "The dimensions grouped on, in order.", Read(r => r.Dimensions)));
        connection.AddField(Output("actual", money, "Sum of the actual amounts over all groups, in 万元; null when no fact states a budget.", Read(r => r.Total)));
        connection.AddField(Output("initialBudget", money, "Derived, not reported: sum of the initial budgets over all groups, in 万元.", Read(r => r.SecondTotal)));
        connection.AddField(Output("difference", money, "Derived, not reported: actual − initialBudget over all groups, in 万元.", Read(r => r.Total - r.SecondTotal)));
        connection.AddField(Output("executionPercent", money, "Derived, not reported: actual as a percentage of initialBudget over all groups (two decimals).",
            Read(r => r.Total is { } actual && r.SecondTotal is { } budget ? Percent.Of(actual, budget) : null)));
        connection.AddField(Output("count", NonNull(types.Scalars.Int), "Number of facts (amounts stating a budget) over all groups.", Read(r => (int)r.FactCount)));
        return connection;
    }

    private static SourceResolver Read(Func<GroupedResult, object?> read) => new(s => read((GroupedResult)s));
}
