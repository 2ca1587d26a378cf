using FinalAccounts.Api.GraphQL.Conventions;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>
/// The answer to a grouped question, already fetched by its one statement: the totals over all groups and
/// one page of groups, served as a Relay connection whose cursors are positions in the requested order.
/// </summary>
public sealed class GroupedResult(MetricDefinition metric, IReadOnlyList<AnalyticsDimension> dimensions,
    decimal? total, decimal? secondTotal, long factCount, int groupCount, ConnectionPage page) : ConnectionSlice
{
    public MetricDefinition Metric => metric;
    public IReadOnlyList<AnalyticsDimension> Dimensions => dimensions;

    /// <summary>Sum over all groups, in 万元; null when no fact is in scope.</summary>
    public decimal? Total => total;

    /// <summary>Sum of the second amount (the initial budget) over all groups, in 万元.</summary>
    public decimal? SecondTotal => secondTotal;

    public long FactCount => factCount;

    public override ValueTask<ConnectionPage> PageAsync(CancellationToken cancellationToken) => new(page);

    public override Task<int> CountAsync(CancellationToken cancellationToken) => Task.FromResult(groupCount);
}
