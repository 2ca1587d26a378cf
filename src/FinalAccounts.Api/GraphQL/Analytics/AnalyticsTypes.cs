using FinalAccounts.Api.GraphQL.Conventions;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>The graph types of analytics, each created once per schema, in dependency order.</summary>
public sealed class AnalyticsTypes
{
    public AnalyticsTypes(ConventionTypes types)
    {
        MetricEnum = new AnalyticsMetricType();
        MetricInfo = new MetricInfoType(MetricEnum, types);
        BudgetSourceInfo = new BudgetSourceInfoType(types);
        UnitKindInfo = new UnitKindInfoType(types);

        AggregateGroup = new AggregateGroupType(types, this);
        AggregateConnection = Analytics.AggregateConnection.Create(types, this);
        AggregateSort = new AnalyticsSortInputType("AggregateSortInput", "Sort keys of aggregate groups.", AggregateSortFields.All, types.SortEnum);

        BudgetExecutionGroup = new BudgetExecutionGroupType(types, this);
        BudgetExecutionConnection = Analytics.BudgetExecutionConnection.Create(types, this);
        BudgetExecutionSort = new AnalyticsSortInputType("BudgetExecutionSortInput", "Sort keys of budget-execution groups.", BudgetExecutionSortFields.All, types.SortEnum);

        SeriesPoint = new SeriesPointType(types);
        Series = new SeriesType(types, this);
        SeriesChart = new SeriesChartType(types, this);
        SeriesSort = new AnalyticsSortInputType("SeriesSortInput", "Sort keys of the series of a chart.", SeriesSortFields.All, types.SortEnum);

        TrendPoint = new TrendPointType(types);
        Trend = new TrendType(types, this);

        RankingEntry = new RankingEntryType(types);
        Ranking = new RankingType(types, this);
    }

    public AnalyticsMetricType MetricEnum { get; }
    public MetricInfoType MetricInfo { get; }
    public BudgetSourceInfoType BudgetSourceInfo { get; }
    public UnitKindInfoType UnitKindInfo { get; }
    public AggregateGroupType AggregateGroup { get; }
    public ConnectionType AggregateConnection { get; }
    public AnalyticsSortInputType AggregateSort { get; }
    public BudgetExecutionGroupType BudgetExecutionGroup { get; }
    public ConnectionType BudgetExecutionConnection { get; }
    public AnalyticsSortInputType BudgetExecutionSort { get; }
    public SeriesPointType SeriesPoint { get; }
    public SeriesType Series { get; }
    public SeriesChartType SeriesChart { get; }
    public AnalyticsSortInputType SeriesSort { get; }
    public TrendPointType TrendPoint { get; }
    public TrendType Trend { get; }
    public RankingEntryType RankingEntry { get; }
    public RankingType Ranking { get; }
}
