using FinalAccounts.Api.GraphQL.Conventions;
using GraphQL.Types;
using static FinalAccounts.Api.GraphQL.Conventions.Fields;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>Series across years, ready to draw.</summary>
public sealed class SeriesChartType : ObjectGraphType<SeriesChart>
{
    public SeriesChartType(ConventionTypes types, AnalyticsTypes analytics)
    {
        Name = "SeriesChart";
        Description = "A metric across years, one series per value of the series dimensions (e.g. per category), ready for a chart: `years` is the x axis and each series has one value per year, null for gaps.";
        AddField(Output("metric", NonNull(analytics.MetricInfo), "The metric summed, with its names.", Read(c => c.Metric)));
        AddField(Output("seriesBy", NonNull(ListOfNonNull(types.Enum(typeof(AnalyticsDimension)))), "The dimensions that tell series apart.", Read(c => c.SeriesBy)));
        AddField(Output("years", NonNull(ListOfNonNull(types.Scalars.Int)), "The x axis: every year from `fromYear` (or the first year with a fact in scope) to `toYear` (or the last).", Read(c => c.Years)));
        AddField(Output("seriesCount", NonNull(types.Scalars.Int), "Number of series in scope, before `top` keeps the first ones.", Read(c => c.SeriesCount)));
        AddField(Output("series", NonNull(ListOfNonNull(analytics.Series)), "The first `top` series in the requested order.", Read(c => c.Series)));
    }

    private static SourceResolver Read(Func<SeriesChart, object?> read) => new(s => read((SeriesChart)s));
}
