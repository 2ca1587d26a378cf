using FinalAccounts.Api.GraphQL.Conventions;
using GraphQL.Types;
using static FinalAccounts.Api.GraphQL.Conventions.Fields;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>One year of a series.</summary>
public sealed class SeriesPointType : ObjectGraphType<SeriesPoint>
{
    public SeriesPointType(ConventionTypes types)
    {
        Name = "SeriesPoint";
        Description = "One year of a series: the sum of the series' facts in that year, in 万元; null (never zero) when the series has no fact that year.";
        AddField(Output("year", NonNull(types.Scalars.Int), "The fiscal year.", new SourceResolver(s => ((SeriesPoint)s).Year)));
        AddField(Output("value", types.Scalars.Decimal, "Sum of the series' facts in the year, in 万元; null for a gap.", new SourceResolver(s => ((SeriesPoint)s).Value)));
        AddField(Output("count", NonNull(types.Scalars.Int), "Number of facts summed; 0 for a gap.", new SourceResolver(s => ((SeriesPoint)s).Count)));
    }
}
