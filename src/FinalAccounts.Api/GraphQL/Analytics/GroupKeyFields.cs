using FinalAccounts.Api.GraphQL.Conventions;
using FinalAccounts.Data.Entities;
using GraphQL.Types;
using static FinalAccounts.Api.GraphQL.Conventions.Fields;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>
/// The key fields of a group or series: one per dimension, null when the answer is not grouped on it.
/// Units and categories resolve to their entities through the request's batches (one statement per page).
/// </summary>
public static class GroupKeyFields
{
    private const string NotGrouped = " Null when not grouped on it.";

    public static void AddTo<T>(ObjectGraphType<T> type, ConventionTypes types, AnalyticsTypes analytics, Func<T, GroupKey> keyOf, bool withYear)
    {
        GroupKey key(object source) => keyOf((T)source);
        if (withYear)
            type.AddField(Output("year", types.Scalars.Int, "The fiscal year (YEAR)." + NotGrouped, new SourceResolver(s => key(s).Year)));
        type.AddField(Output("unit", types.Object<Unit>(), "The budget unit (UNIT)." + NotGrouped,
            Entity(types, types.Catalog.For<Unit>(), s => key(s).UnitId)));
        type.AddField(Output("supervisingDepartment", types.Scalars.String,
            "The supervising department (SUPERVISING_DEPARTMENT); null also for the group of units without one.", new SourceResolver(s => key(s).SupervisingDepartment)));
        type.AddField(Output("region", types.Scalars.String,
            "The region (REGION); null also for the group of units without one.", new SourceResolver(s => key(s).Region)));
        type.AddField(Output("unitKind", analytics.UnitKindInfo,
            "The kind of unit with its English name (UNIT_KIND); null also for the group of units whose kind is not stated.", new SourceResolver(s => UnitKindLabel.For(key(s).UnitKind))));
        type.AddField(Output("category", types.Object<ExpenseCategory>(), "The functional category with its code, Chinese and English names (CATEGORY)." + NotGrouped,
            Entity(types, types.Catalog.For<ExpenseCategory>(), s => key(s).CategoryId)));
        type.AddField(Output("budgetSource", analytics.BudgetSourceInfo, "The budget source with its Chinese and English names (BUDGET_SOURCE)." + NotGrouped,
            new SourceResolver(s => key(s).BudgetSource is { } source ? BudgetSourceLabel.For(source) : null)));
    }

    private static AsyncResolver Entity(ConventionTypes types, EntityMetadata entity, Func<object, string?> id)
    {
        var lookup = types.Lookup(entity);
        return new AsyncResolver(context =>
        {
            if (id(context.Source!) is not { } key) return default;
            return new ValueTask<object?>(lookup.Request(key, context));
        });
    }
}
