namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>One year of a trend: value (万元, null for a gap), where it comes from, and the change from the year before.</summary>
public sealed record TrendPoint(int Year, decimal? Value, TrendPointStatus Status, int Count, decimal? ChangeAmount, decimal? ChangePercent);
