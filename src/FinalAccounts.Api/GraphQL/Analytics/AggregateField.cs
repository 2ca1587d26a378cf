using FinalAccounts.Api.GraphQL.Conventions;
using FinalAccounts.Data.Storage;
using GraphQL;
using GraphQL.Types;
using static FinalAccounts.Api.GraphQL.Conventions.Fields;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>aggregate: the sum of a metric grouped by any combination of dimensions, in one SQL statement.</summary>
public static class AggregateField
{
    public static FieldType Create(ConventionTypes types, AnalyticsTypes analytics)
    {
        var arguments = new QueryArguments(
            FactArguments.Metric(analytics, "The amount to sum."),
            Argument("groupBy", NonNull(ListOfNonNull(types.Enum(typeof(AnalyticsDimension)))),
                "The dimensions to group by, at least one, none twice; CATEGORY and BUDGET_SOURCE only for CATEGORY_EXPENDITURE."),
            FactArguments.Where(types),
            FactArguments.ExpenditureWhere(types),
            Argument("order", ListOfNonNull(analytics.AggregateSort), "Sort keys, in order; the group's key sorts last. Default: by key."),
            Argument("first", types.Scalars.Int, $"Returns the first n groups (default {PagingArguments.DefaultPageSize}, at most {AnalyticsArguments.MaxItems}; more is an error). Top-N: `order` and `first`."),
            Argument("after", types.Scalars.String, "Returns the groups after this cursor."));
        return Output("aggregate", analytics.AggregateConnection,
            "Sums a metric over the facts matching `where`, grouped by any combination of year, unit, supervising department, region, unit kind, category and budget source: each group with its sum (万元, exact), count, share of the total and, when grouped by year, the change from the previous year's group. Computed in one SQL statement.",
            new AsyncResolver(context => ResolveAsync(context, types)), arguments);
    }

    private static async ValueTask<object?> ResolveAsync(IResolveFieldContext context, ConventionTypes types)
    {
        var metric = AnalyticsArguments.Metric(context);
        var dimensions = AnalyticsArguments.Dimensions(context, "groupBy", metric, allowEmpty: false);
        var scope = new FactScope(Arguments.Raw(context, "where"), AnalyticsArguments.ExpenditureWhere(context, metric));
        var order = AnalyticsOrder.Parse(Arguments.Raw(context, "order"), AggregateSortFields.All, dimensions, fallback: null);
        var take = AnalyticsArguments.Limit(context, "first", PagingArguments.DefaultPageSize);
        var skip = PositionCursor.Skip(Arguments.Raw(context, "after") as string);
        var db = context.RequestServices!.GetRequiredService<SnapshotContext>();

        var rows = await GroupedSql.RunAsync(db, types.Catalog, sql => FactTable.Amounts(metric, sql), scope, dimensions, order, skip, take, context.CancellationToken);
        var head = rows[0];
        var total = Money.From(head.GrandTotal);
        var groups = new List<object>(rows.Count);
        foreach (var row in rows.Where(r => r.Position is not null))
        {
            var sum = Money.From(row.Total)!.Value;
            var previous = Money.From(row.PreviousTotal);
            groups.Add(new AggregateGroup(GroupKey.From(row), sum, (int)row.Count!.Value,
                total is { } whole ? Percent.Of(sum, whole) : null, previous, sum - previous, Percent.Change(sum, previous)));
        }
        return new GroupedResult(metric, dimensions, total, null, head.GrandCount ?? 0, (int)head.GroupCount, PositionCursor.Page(groups, skip, head.GroupCount));
    }
}
