using FinalAccounts.Api.GraphQL.Conventions;
using FinalAccounts.Data.Entities;
using GraphQL.Types;
using static FinalAccounts.Api.GraphQL.Conventions.Fields;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>A metric over years for one unit or a group, with the compound annual growth rate.</summary>
public sealed class TrendType : ObjectGraphType<Trend>
{
    public TrendType(ConventionTypes types, AnalyticsTypes analytics)
    {
        Name = "Trend";
        Description = "A metric over a range of years for one unit or any group of facts: one point per year (reported, derived or a gap) and the compound annual growth rate.";
        var unit = types.Lookup(types.Catalog.For<Unit>());
        AddField(Output("metric", NonNull(analytics.MetricInfo), "The metric, with its names.", Read(t => t.Metric)));
        AddField(Output("unit", types.Object<Unit>(), "The unit asked for; null for a trend over a group, or when no unit has that id.",
            new AsyncResolver(context => ((Trend)context.Source!).UnitId is { } id
                ? new ValueTask<object?>(unit.Request(id, context))
                : default)));
        AddField(Output("fromYear", NonNull(types.Scalars.Int), "First year of the range.", Read(t => t.FromYear)));
        AddField(Output("toYear", NonNull(types.Scalars.Int), "Last year of the range.", Read(t => t.ToYear)));
        AddField(Output("points", NonNull(ListOfNonNull(analytics.TrendPoint)), "One point per year from `fromYear` to `toYear`, gaps included.", Read(t => t.Points)));
        AddField(Output("cagrPercent", types.Scalars.Decimal,
            "Derived, not reported: compound annual growth rate between the first and the last point that have a value, in percent (two decimals); null when fewer than two years have a value or the first is not positive.",
            Read(t => t.CagrPercent)));
        AddField(Output("cagrFromYear", types.Scalars.Int, "The year the growth rate starts from; null when there is no rate.", Read(t => t.CagrFromYear)));
        AddField(Output("cagrToYear", types.Scalars.Int, "The year the growth rate runs to; null when there is no rate.", Read(t => t.CagrToYear)));
        AddField(Output("cagrUsesDerived", NonNull(types.Scalars.Boolean), "Whether either end of the growth rate is a derived value.", Read(t => Boxes.Of(t.CagrUsesDerived))));
    }

    private static SourceResolver Read(Func<Trend, object?> read) => new(s => read((Trend)s));
}
