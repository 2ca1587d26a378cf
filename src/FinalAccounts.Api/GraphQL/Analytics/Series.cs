namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>One series of a chart: its key, its total over the years (万元) and one point per year of the chart, gaps included.</summary>
public sealed record Series(GroupKey Key, decimal Total, IReadOnlyList<SeriesPoint> Points);
