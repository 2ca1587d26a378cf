using FinalAccounts.Api.GraphQL.Conventions;
using GraphQL.Types;
using static FinalAccounts.Api.GraphQL.Conventions.Fields;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>One year of a trend.</summary>
public sealed class TrendPointType : ObjectGraphType<TrendPoint>
{
    public TrendPointType(ConventionTypes types)
    {
        Name = "TrendPoint";
        Description = "One year of a trend: its value in 万元 (null for a gap, never zero), whether it is reported or derived, and the change from the year before.";
        var money = types.Scalars.Decimal;
        AddField(Output("year", NonNull(types.Scalars.Int), "The fiscal year.", Read(p => p.Year)));
        AddField(Output("value", money, "The value, in 万元: reported, or derived when `status` is DERIVED; null for a gap.", Read(p => p.Value)));
        AddField(Output("status", NonNull(types.Enum(typeof(TrendPointStatus))), "Whether the value is reported, derived, or missing (a gap).", Read(p => p.Status)));
        AddField(Output("count", NonNull(types.Scalars.Int), "Number of facts summed into the value; 0 for a gap.", Read(p => p.Count)));
        AddField(Output("changeAmount", money, "Derived, not reported: value − the previous year's value, in 万元; null when either is a gap.", Read(p => p.ChangeAmount)));
        AddField(Output("changePercent", money, "Derived, not reported: changeAmount as a percentage of the previous year's value (two decimals); null when either is a gap or the base is zero.", Read(p => p.ChangePercent)));
    }

    private static SourceResolver Read(Func<TrendPoint, object?> read) => new(s => read((TrendPoint)s));
}
