namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>
/// A metric over a range of years for one unit or any group of facts, one point per year, with the
/// compound annual growth rate between the first and the last year that have a value.
/// </summary>
public sealed record Trend(
    MetricDefinition Metric,
    string? UnitId,
    int FromYear,
    int ToYear,
    IReadOnlyList<TrendPoint> Points,
    decimal? CagrPercent,
    int? CagrFromYear,
    int? CagrToYear,
    bool CagrUsesDerived);
