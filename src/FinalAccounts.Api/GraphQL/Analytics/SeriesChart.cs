namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>Series across years, ready to draw: the years of the x axis and the top series, each with a value per year.</summary>
public sealed record SeriesChart(MetricDefinition Metric, IReadOnlyList<AnalyticsDimension> SeriesBy, IReadOnlyList<int> Years, int SeriesCount, IReadOnlyList<Series> Series);
