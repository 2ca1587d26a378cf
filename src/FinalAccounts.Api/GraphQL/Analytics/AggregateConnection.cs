using FinalAccounts.Api.GraphQL.Conventions;
using GraphQL.Types;
using static FinalAccounts.Api.GraphQL.Conventions.Fields;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>AggregateConnection: a Relay connection of groups, with the metric and the totals over all groups beside it.</summary>
public static class AggregateConnection
{
    public static ConnectionType Create(ConventionTypes types, AnalyticsTypes analytics)
    {
        var connection = PositionConnection.Create("aggregate", analytics.AggregateGroup, types,
            "The groups of an aggregate, a page at a time (Relay cursor connection), with the sum and count over all groups.");
        connection.AddField(Output("metric", NonNull(analytics.MetricInfo), "The metric summed, with its names.", Read(r => r.Metric)));
        connection.AddField(Output("groupBy", NonNull(ListOfNonNull(types.Enum(typeof(AnalyticsDimension)))), "The dimensions grouped on, in order.", Read(r => r.Dimensions)));
        connection.AddField(Output("sum", types.Scalars.Decimal, "Sum over all groups (all facts in scope), in 万元; null when no fact is in scope.", Read(r => r.Total)));
        connection.AddField(Output("count", NonNull(types.Scalars.Int), "Number of facts in scope, over all groups.", Read(r => (int)r.FactCount)));
        return connection;
    }

    private static SourceResolver Read(Func<GroupedResult, object?> read) => new(s => read((GroupedResult)s));
}
