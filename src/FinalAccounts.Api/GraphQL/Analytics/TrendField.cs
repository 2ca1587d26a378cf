using FinalAccounts.Api.GraphQL.Conventions;
using FinalAccounts.Data.Entities;
using FinalAccounts.Data.Storage;
using GraphQL;
using GraphQL.Types;
using static FinalAccounts.Api.GraphQL.Conventions.Fields;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>trend: a metric over years for one unit or any group, with changes and the compound annual growth rate.</summary>
public static class TrendField
{
    public static FieldType Create(ConventionTypes types, AnalyticsTypes analytics)
    {
        var arguments = new QueryArguments(
            FactArguments.Metric(analytics, "The amount to follow."),
            Argument("unit", types.Scalars.Id, "Global id of one unit; without it the trend sums every fact matching `where` (any group)."),
            FactArguments.Where(types),
            FactArguments.ExpenditureWhere(types),
            Argument("fromYear", NonNull(types.Scalars.Int), "First year of the trend."),
            Argument("toYear", NonNull(types.Scalars.Int), $"Last year of the trend, not before `fromYear`; at most {AnalyticsArguments.MaxYears} years in all."));
        return Output("trend", NonNull(analytics.Trend),
            "A metric over years for one unit or any group of facts: one point per year, reported, derived (the year has no report in scope, but the next year's reports state the change against it) or a gap (null, never zero); the change per year and the compound annual growth rate. Computed in one SQL statement.",
            new AsyncResolver(context => ResolveAsync(context, types)), arguments);
    }

    private static async ValueTask<object?> ResolveAsync(IResolveFieldContext context, ConventionTypes types)
    {
        var metric = AnalyticsArguments.Metric(context);
        var unitId = UnitKey(Arguments.Raw(context, "unit") as string);
        var fromYear = AnalyticsArguments.Year(context, "fromYear")!.Value;
        var toYear = AnalyticsArguments.Year(context, "toYear")!.Value;
        AnalyticsArguments.CheckRange(fromYear, toYear);
        var scope = new FactScope(Arguments.Raw(context, "where"), AnalyticsArguments.ExpenditureWhere(context, metric), unitId, fromYear, toYear);
        var db = context.RequestServices!.GetRequiredService<SnapshotContext>();

        var rows = await TrendSql.RunAsync(db, types.Catalog, metric, scope, context.CancellationToken);
        var reported = rows.Where(r => r.Reported == 1).ToDictionary(r => r.Year);
        var derived = rows.Where(r => r.Reported == 0).ToDictionary(r => r.Year);
        var points = new List<TrendPoint>(toYear - fromYear + 1);
        TrendPoint? previous = null;
        // By offset: a loop on `year <= toYear` never ends when toYear is int.MaxValue.
        for (var offset = 0; offset <= toYear - fromYear; offset++)
        {
            var year = fromYear + offset;
            // A reported year never mixes in derived values; a derived value stands only where nothing is reported.
            var (row, status) = reported.TryGetValue(year, out var r) ? (r, TrendPointStatus.Reported)
                : derived.TryGetValue(year, out var d) ? (d, TrendPointStatus.Derived)
                : ((TrendRow?)null, TrendPointStatus.Gap);
            var value = Money.From(row?.Total);
            var before = previous?.Value;
            var point = new TrendPoint(year, value, status, (int)(row?.Count ?? 0), value - before, Percent.Change(value, before));
            points.Add(point);
            previous = point;
        }

        var valued = points.Where(p => p.Value is not null).ToList();
        if (valued.Count < 2)
            return new Trend(metric, unitId, fromYear, toYear, points, null, null, null, false);
        var (start, end) = (valued[0], valued[^1]);
        var usesDerived = start.Status == TrendPointStatus.Derived || end.Status == TrendPointStatus.Derived;
        var rate = Percent.CompoundAnnualGrowth(start.Value!.Value, end.Value!.Value, end.Year - start.Year);
        return rate is null
            ? new Trend(metric, unitId, fromYear, toYear, points, null, null, null, false)
            : new Trend(metric, unitId, fromYear, toYear, points, rate, start.Year, end.Year, usesDerived);
    }

    /// <summary>The unit's key from its global id; an INVALID_ID error for an id of anything else.</summary>
    private static string? UnitKey(string? id)
    {
        if (id is null) return null;
        if (!GlobalId.TryParse(id, out var typeName, out var key) || typeName != nameof(Unit))
            throw ApiError.Create(ApiError.InvalidId, $"`{id}` is not the id of a Unit.");
        return key;
    }
}
