using FinalAccounts.Api.GraphQL.Conventions;
using GraphQL.Types;
using static FinalAccounts.Api.GraphQL.Conventions.Fields;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>One group of an aggregate: key, sum (万元), count, share of the total and change from the previous year's group.</summary>
public sealed class AggregateGroupType : ObjectGraphType<AggregateGroup>
{
    public AggregateGroupType(ConventionTypes types, AnalyticsTypes analytics)
    {
        Name = "AggregateGroup";
        Description = "One group of an aggregate: the value of each dimension grouped on, the sum of the group's facts in 万元, their count, the share of the total and, when grouped by year, the change from the previous year's group.";
        GroupKeyFields.AddTo(this, types, analytics, g => g.Key, withYear: true);
        var money = types.Scalars.Decimal;
        var count = NonNull(types.Scalars.Int);
        AddField(Output("sum", NonNull(money), "Sum of the group's facts, in 万元, exact (summed as integers in SQL).", Read(g => g.Sum)));
        AddField(Output("count", count, "Number of facts summed (facts without the amount are not facts).", Read(g => g.Count)));
        AddField(Output("sharePercent", money, "Derived, not reported: the group's sum as a percentage of the sum over all groups (two decimals); null when that sum is zero.", Read(g => g.SharePercent)));
        AddField(Output("previousYearSum", money,
            "Derived, not reported: the sum of the group with the same other keys in the year before, in 万元; null when the grouping has no YEAR or that group has no fact in scope.",
            Read(g => g.PreviousYearSum)));
        AddField(Output("changeAmount", money, "Derived, not reported: sum − previousYearSum, in 万元; null when previousYearSum is null.", Read(g => g.ChangeAmount)));
        AddField(Output("changePercent", money, "Derived, not reported: changeAmount as a percentage of previousYearSum (two decimals); null when previousYearSum is null or zero.", Read(g => g.ChangePercent)));
    }

    private static SourceResolver Read(Func<AggregateGroup, object?> read) => new(s => read((AggregateGroup)s));
}
