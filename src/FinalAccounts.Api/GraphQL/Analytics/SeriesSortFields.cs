namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>What the series of a chart sort by.</summary>
public static class SeriesSortFields
{
    public static IReadOnlyList<SortField> All { get; } =
    [
        new("key", null, "Sort by the series' key, dimension by dimension in `seriesBy` order: units by name, categories by code, other keys as text (missing first)."),
        new("total", "series_total", "Sort by the series' total over the chart's years."),
    ];
}
