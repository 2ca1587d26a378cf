using FinalAccounts.Api.GraphQL.Conventions;
using GraphQL.Types;
using static FinalAccounts.Api.GraphQL.Conventions.Fields;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>The top or bottom units by a metric.</summary>
public sealed class RankingType : ObjectGraphType<Ranking>
{
    public RankingType(ConventionTypes types, AnalyticsTypes analytics)
    {
        Name = "Ranking";
        Description = "The top or bottom units by a metric in a year, or by its change between two years.";
        AddField(Output("metric", NonNull(analytics.MetricInfo), "The metric, with its names.", Read(r => r.Metric)));
        AddField(Output("year", NonNull(types.Scalars.Int), "The year ranked.", Read(r => r.Year)));
        AddField(Output("compareWith", types.Scalars.Int, "The year compared with; null when none was given.", Read(r => r.CompareWith)));
        AddField(Output("by", NonNull(types.Enum(typeof(RankingMeasure))), "What units are ranked by.", Read(r => r.Measure)));
        AddField(Output("direction", NonNull(types.Enum(typeof(RankingDirection))), "Which end of the ranking the entries are.", Read(r => r.Direction)));
        AddField(Output("rankedCount", NonNull(types.Scalars.Int), "Number of units ranked (those with a value for the measure), before `top` keeps the first ones.", Read(r => r.RankedCount)));
        AddField(Output("entries", NonNull(ListOfNonNull(analytics.RankingEntry)), "The first `top` units, best rank first; ties by unit name.", Read(r => r.Entries)));
    }

    private static SourceResolver Read(Func<Ranking, object?> read) => new(s => read((Ranking)s));
}
