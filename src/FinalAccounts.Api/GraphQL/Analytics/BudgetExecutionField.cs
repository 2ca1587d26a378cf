using FinalAccounts.Api.GraphQL.Conventions;
using FinalAccounts.Data.Entities;
using FinalAccounts.Data.Storage;
using GraphQL;
using GraphQL.Types;
using static FinalAccounts.Api.GraphQL.Conventions.Fields;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>budgetExecution: actual against initial budget, per unit-year, per category or any grouping, in one SQL statement.</summary>
public static class BudgetExecutionField
{
    public static FieldType Create(ConventionTypes types, AnalyticsTypes analytics)
    {
        var metric = FactArguments.Metric(analytics,
            "The amount compared with its initial budget: a stated metric (reports state a budget comparison for general public budget income and expenditure) or CATEGORY_EXPENDITURE. Default: GENERAL_BUDGET_EXPENDITURE.");
        metric.DefaultValue = MetricCatalogue.For(Metric.GeneralBudgetExpenditure);
        var groupBy = Argument("groupBy", NonNull(ListOfNonNull(types.Enum(typeof(AnalyticsDimension)))),
            "The dimensions to group by, at least one, none twice. Default: per unit and year; add CATEGORY (with CATEGORY_EXPENDITURE) for per category.");
        groupBy.DefaultValue = new List<AnalyticsDimension> { AnalyticsDimension.Unit, AnalyticsDimension.Year };
        var arguments = new QueryArguments(
            metric,
            groupBy,
            FactArguments.Where(types),
            FactArguments.ExpenditureWhere(types),
            Argument("order", ListOfNonNull(analytics.BudgetExecutionSort), "Sort keys, in order; the group's key sorts last. Default: by key."),
            Argument("first", types.Scalars.Int, $"Returns the first n groups (default {PagingArguments.DefaultPageSize}, at most {AnalyticsArguments.MaxItems}; more is an error)."),
            Argument("after", types.Scalars.String, "Returns the groups after this cursor."));
        return Output("budgetExecution", analytics.BudgetExecutionConnection,
            "Budget execution: actual amounts against the initial budget (年初预算) where reports state it, with the difference and the execution ratio, per unit and year, per category or any grouping. Only facts stating both count. Computed in one SQL statement.",
            new AsyncResolver(context => ResolveAsync(context, types)), arguments);
    }

    private static async ValueTask<object?> ResolveAsync(IResolveFieldContext context, ConventionTypes types)
    {
        var metric = AnalyticsArguments.Metric(context);
        var dimensions = AnalyticsArguments.Dimensions(context, "groupBy", metric, allowEmpty: false);
        var scope = new FactScope(Arguments.Raw(context, "where"), AnalyticsArguments.ExpenditureWhere(context, metric));
        var order = AnalyticsOrder.Parse(Arguments.Raw(context, "order"), BudgetExecutionSortFields.All, dimensions, fallback: null);
        var take = AnalyticsArguments.Limit(context, "first", PagingArguments.DefaultPageSize);
        var skip = PositionCursor.Skip(Arguments.Raw(context, "after") as string);
        var db = context.RequestServices!.GetRequiredService<SnapshotContext>();

        var rows = await GroupedSql.RunAsync(db, types.Catalog, sql => FactTable.Budget(metric, sql), scope, dimensions, order, skip, take, context.CancellationToken);
        var head = rows[0];
        var groups = new List<object>(rows.Count);
        foreach (var row in rows.Where(r => r.Position is not null))
        {
            var actual = Money.From(row.Total)!.Value;
            var budget = Money.From(row.SecondTotal)!.Value;
            groups.Add(new BudgetExecutionGroup(GroupKey.From(row), actual, budget, actual - budget, Percent.Of(actual, budget),
                (int)row.Count!.Value));
        }
        return new GroupedResult(metric, dimensions, Money.From(head.GrandTotal), Money.From(head.GrandSecond), head.GrandCount ?? 0,
            (int)head.GroupCount, PositionCursor.Page(groups, skip, head.GroupCount));
    }
}
