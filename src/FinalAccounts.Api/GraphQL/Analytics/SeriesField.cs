using FinalAccounts.Api.GraphQL.Conventions;
using FinalAccounts.Data.Storage;
using GraphQL;
using GraphQL.Types;
using static FinalAccounts.Api.GraphQL.Conventions.Fields;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>series: one series per value of any dimensions (e.g. per category) across years, in one SQL statement.</summary>
public static class SeriesField
{
    private const int DefaultTop = 10;

    public static FieldType Create(ConventionTypes types, AnalyticsTypes analytics)
    {
        var seriesBy = Argument("seriesBy", NonNull(ListOfNonNull(types.Enum(typeof(AnalyticsDimension)))),
            "The dimensions that tell series apart (not YEAR, which is the x axis), none twice; empty for one series over all facts.");
        seriesBy.DefaultValue = new List<AnalyticsDimension>();
        var arguments = new QueryArguments(
            FactArguments.Metric(analytics, "The amount to sum."),
            seriesBy,
            FactArguments.Where(types),
            FactArguments.ExpenditureWhere(types),
            Argument("fromYear", types.Scalars.Int, "First year of the x axis; default: the first year with a fact in scope."),
            Argument("toYear", types.Scalars.Int, $"Last year of the x axis; default: the last year with a fact in scope. At most {AnalyticsArguments.MaxYears} years from `fromYear`."),
            Argument("order", ListOfNonNull(analytics.SeriesSort), "Sort keys of the series, in order; the series' key sorts last. Default: largest total first."),
            Argument("top", types.Scalars.Int, $"How many series to return, the first in `order` (default {DefaultTop}, at least 1, at most {AnalyticsArguments.MaxItems}; more is an error)."));
        return Output("series", NonNull(analytics.SeriesChart),
            "A metric across years ready for a chart: one series per value of `seriesBy` (e.g. per CATEGORY), each with one value per year and null (never zero) for the years it has no fact. Computed in one SQL statement.",
            new AsyncResolver(context => ResolveAsync(context, types)), arguments);
    }

    private static async ValueTask<object?> ResolveAsync(IResolveFieldContext context, ConventionTypes types)
    {
        var metric = AnalyticsArguments.Metric(context);
        var seriesBy = AnalyticsArguments.Dimensions(context, "seriesBy", metric, allowEmpty: true);
        if (seriesBy.Contains(AnalyticsDimension.Year))
            throw AnalyticsErrors.Create(AnalyticsErrors.DimensionNotApplicable, "YEAR is the x axis of a series chart: leave it out of `seriesBy`.");
        var fromYear = AnalyticsArguments.Year(context, "fromYear");
        var toYear = AnalyticsArguments.Year(context, "toYear");
        AnalyticsArguments.CheckRange(fromYear, toYear);
        var scope = new FactScope(Arguments.Raw(context, "where"), AnalyticsArguments.ExpenditureWhere(context, metric), FromYear: fromYear, ToYear: toYear);
        var order = AnalyticsOrder.Parse(Arguments.Raw(context, "order"), SeriesSortFields.All, seriesBy, fallback: new SortTerm("series_total", Descending: true));
        var top = AnalyticsArguments.Limit(context, "top", DefaultTop, minimum: 1);
        var db = context.RequestServices!.GetRequiredService<SnapshotContext>();

        var rows = await SeriesSql.RunAsync(db, types.Catalog, sql => FactTable.Amounts(metric, sql), scope, seriesBy, order, top, context.CancellationToken);
        var head = rows[0];
        var first = fromYear ?? head.FirstYear;
        var last = toYear ?? head.LastYear;
        AnalyticsArguments.CheckRange(first, last); // one end given, the other from the data: still at most MaxYears
        var years = first is { } a && last is { } b ? Enumerable.Range(a, b - a + 1).ToList() : [];
        var series = rows.Where(r => r.Position is not null)
            .GroupBy(r => r.Position!.Value)
            .Select(g =>
            {
                var byYear = g.Where(r => r.Year is not null).ToDictionary(r => r.Year!.Value);
                var points = years.Select(y => byYear.TryGetValue(y, out var r)
                    ? new SeriesPoint(y, Money.From(r.Total), (int)(r.Count ?? 0))
                    : new SeriesPoint(y, null, 0)).ToList();
                var row = g.First();
                return new Series(GroupKey.From(row), Money.From(row.SeriesTotal) ?? 0m, points);
            })
            .ToList();
        return new SeriesChart(metric, seriesBy, years, (int)head.SeriesCount, series);
    }
}
