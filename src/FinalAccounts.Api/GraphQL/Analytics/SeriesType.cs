using FinalAccounts.Api.GraphQL.Conventions;
using GraphQL.Types;
using static FinalAccounts.Api.GraphQL.Conventions.Fields;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>One series of a chart: its key, its total and its values year by year.</summary>
public sealed class SeriesType : ObjectGraphType<Series>
{
    public SeriesType(ConventionTypes types, AnalyticsTypes analytics)
    {
        Name = "Series";
        Description = "One series of a chart (e.g. one category) across the chart's years.";
        GroupKeyFields.AddTo(this, types, analytics, g => g.Key, withYear: false);
        AddField(Output("total", NonNull(types.Scalars.Decimal), "Sum of the series over all the chart's years, in 万元.", new SourceResolver(s => ((Series)s).Total)));
        AddField(Output("values", NonNull(ListOf(types.Scalars.Decimal)),
            "The series' value in each of the chart's `years`, in the same order, in 万元; null (never zero) for a year without facts.",
            new SourceResolver(s => ((Series)s).Points.Select(p => p.Value).ToList())));
        AddField(Output("points", NonNull(ListOfNonNull(analytics.SeriesPoint)), "The same values as points, one per year of the chart, gaps included.",
            new SourceResolver(s => ((Series)s).Points)));
    }
}
