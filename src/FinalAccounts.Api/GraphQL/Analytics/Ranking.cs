namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>The top or bottom units by a metric in a year, or by its change between two years.</summary>
public sealed record Ranking(
    MetricDefinition Metric,
    int Year,
    int? CompareWith,
    RankingMeasure Measure,
    RankingDirection Direction,
    int RankedCount,
    IReadOnlyList<RankingEntry> Entries);
