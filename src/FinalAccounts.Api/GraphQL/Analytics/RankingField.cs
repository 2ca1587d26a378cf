using FinalAccounts.Api.GraphQL.Conventions;
using FinalAccounts.Data.Storage;
using GraphQL;
using GraphQL.Types;
using static FinalAccounts.Api.GraphQL.Conventions.Fields;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>ranking: the top or bottom N units by a metric in a year, or by its change between two years, in one SQL statement.</summary>
public static class RankingField
{
    private const int DefaultTop = 10;

    public static FieldType Create(ConventionTypes types, AnalyticsTypes analytics)
    {
        var by = Argument("by", NonNull(types.Enum(typeof(RankingMeasure))), "What to rank by. Default: VALUE; the changes need `compareWith`.");
        by.DefaultValue = RankingMeasure.Value;
        var direction = Argument("direction", NonNull(types.Enum(typeof(RankingDirection))), "TOP (largest first) or BOTTOM (smallest first). Default: TOP.");
        direction.DefaultValue = RankingDirection.Top;
        var arguments = new QueryArguments(
            FactArguments.Metric(analytics, "The amount to rank by."),
            Argument("year", NonNull(types.Scalars.Int), "The year ranked."),
            Argument("compareWith", types.Scalars.Int, "Another year (before or after `year`) to compare with; needed to rank by a change."),
            by,
            direction,
            Argument("top", types.Scalars.Int, $"How many units to return (default {DefaultTop}, at least 1, at most {AnalyticsArguments.MaxItems}; more is an error)."),
            FactArguments.Where(types),
            FactArguments.ExpenditureWhere(types));
        return Output("ranking", NonNull(analytics.Ranking),
            "The top or bottom units by a metric in a year (the sum of each unit's facts in scope), or by its change from `compareWith` to `year` in 万元 or percent. Computed in one SQL statement.",
            new AsyncResolver(context => ResolveAsync(context, types)), arguments);
    }

    private static async ValueTask<object?> ResolveAsync(IResolveFieldContext context, ConventionTypes types)
    {
        var metric = AnalyticsArguments.Metric(context);
        var year = AnalyticsArguments.Year(context, "year")!.Value;
        var compareWith = AnalyticsArguments.Year(context, "compareWith");
        var measure = (RankingMeasure)Arguments.Raw(context, "by")!;
        var direction = (RankingDirection)Arguments.Raw(context, "direction")!;
        if (measure != RankingMeasure.Value && compareWith is null)
            throw AnalyticsErrors.Create(AnalyticsErrors.BaseYearRequired, $"Ranking by {Naming.ConstantCase(measure.ToString())} needs `compareWith`, the year to compare `year` with.");
        if (compareWith == year)
            throw AnalyticsErrors.Create(AnalyticsErrors.InvalidYearRange, $"`compareWith` ({compareWith}) must differ from `year` ({year}).");
        if (compareWith is { } other) AnalyticsArguments.CheckRange(Math.Min(year, other), Math.Max(year, other));
        var top = AnalyticsArguments.Limit(context, "top", DefaultTop, minimum: 1);
        var scope = new FactScope(Arguments.Raw(context, "where"), AnalyticsArguments.ExpenditureWhere(context, metric));
        var db = context.RequestServices!.GetRequiredService<SnapshotContext>();

        var rows = await RankingSql.RunAsync(db, types.Catalog, metric, scope, year, compareWith, measure, direction, top, context.CancellationToken);
        var entries = rows.Select(r =>
        {
            var value = Money.From(r.Total)!.Value;
            var baseValue = Money.From(r.BaseTotal);
            return new RankingEntry((int)r.Rank, r.UnitId, value, baseValue, value - baseValue, Percent.Change(value, baseValue));
        }).ToList();
        return new Ranking(metric, year, compareWith, measure, direction, rows.Count > 0 ? (int)rows[0].RankedCount : 0, entries);
    }
}
