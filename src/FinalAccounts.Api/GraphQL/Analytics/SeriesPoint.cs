namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>One year of a series: the sum of the series' facts in that year (万元), null when it has none.</summary>
public sealed record SeriesPoint(int Year, decimal? Value, int Count);
