using FinalAccounts.Api.GraphQL.Conventions;
using FinalAccounts.Data.Entities;
using GraphQL.Types;
using static FinalAccounts.Api.GraphQL.Conventions.Fields;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>One ranked unit.</summary>
public sealed class RankingEntryType : ObjectGraphType<RankingEntry>
{
    public RankingEntryType(ConventionTypes types)
    {
        Name = "RankingEntry";
        Description = "One unit of a ranking: its rank, its value in the year, its value in the compared year and the change.";
        var money = types.Scalars.Decimal;
        var unit = types.Lookup(types.Catalog.For<Unit>());
        AddField(Output("rank", NonNull(types.Scalars.Int), "Rank from 1; units with equal measures share a rank (the next rank is skipped).", Read(e => e.Rank)));
        AddField(Output("unit", NonNull(types.Object<Unit>()), "The budget unit.",
            new AsyncResolver(context => new ValueTask<object?>(unit.Request(((RankingEntry)context.Source!).UnitId, context)))));
        AddField(Output("value", NonNull(money), "The metric's value in `year`, in 万元 (the sum of the unit's facts in scope).", Read(e => e.Value)));
        AddField(Output("baseValue", money, "The metric's value in `compareWith`, in 万元; null without `compareWith` or when the unit has no fact that year.", Read(e => e.BaseValue)));
        AddField(Output("changeAmount", money, "Derived, not reported: value − baseValue, in 万元; null when baseValue is null.", Read(e => e.ChangeAmount)));
        AddField(Output("changePercent", money, "Derived, not reported: changeAmount as a percentage of baseValue (two decimals); null when baseValue is null or zero.", Read(e => e.ChangePercent)));
    }

    private static SourceResolver Read(Func<RankingEntry, object?> read) => new(s => read((RankingEntry)s));
}
