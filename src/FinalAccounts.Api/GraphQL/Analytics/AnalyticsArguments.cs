using System.Collections;
using FinalAccounts.Api.GraphQL.Conventions;
using GraphQL;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>Reads and checks the arguments analytics fields share; every violation is an error with a stable code, never a silent fix.</summary>
public static class AnalyticsArguments
{
    /// <summary>The most groups, series, points or entries one request may ask for, as for pages.</summary>
    public const int MaxItems = PagingArguments.MaxPageSize;

    /// <summary>The longest span of years one series or trend may cover.</summary>
    public const int MaxYears = 50;

    public static MetricDefinition Metric(IResolveFieldContext context, string name = "metric") =>
        (MetricDefinition)Arguments.Raw(context, name)!;

    /// <summary>The dimensions of <paramref name="name"/>, in the order given: none twice, each applicable to the metric; at least one unless <paramref name="allowEmpty"/>.</summary>
    public static IReadOnlyList<AnalyticsDimension> Dimensions(IResolveFieldContext context, string name, MetricDefinition metric, bool allowEmpty)
    {
        var dimensions = Arguments.Raw(context, name) is IEnumerable values ? values.Cast<AnalyticsDimension>().ToList() : [];
        if (dimensions.Count == 0 && !allowEmpty)
            throw AnalyticsErrors.Create(AnalyticsErrors.EmptyGroupBy, $"`{name}` must name at least one dimension.");
        if (dimensions.GroupBy(d => d).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
            throw AnalyticsErrors.Create(AnalyticsErrors.DuplicateDimension, $"`{name}` names {Naming.ConstantCase(duplicate.Key.ToString())} more than once.");
        if (dimensions.Where(d => !metric.Allows(d)).Select(d => (AnalyticsDimension?)d).FirstOrDefault() is { } inapplicable)
            throw AnalyticsErrors.Create(AnalyticsErrors.DimensionNotApplicable,
                $"{Naming.ConstantCase(inapplicable.ToString())} does not apply to {metric.Name}: only {MetricCatalogue.CategoryExpenditureName} has categories and budget sources.");
        return dimensions;
    }

    /// <summary>A `where` on expenditure rows, which only facts by category have.</summary>
    public static object? ExpenditureWhere(IResolveFieldContext context, MetricDefinition metric)
    {
        var where = Arguments.Raw(context, "expenditureWhere");
        if (where is not null && !metric.HasCategories)
            throw AnalyticsErrors.Create(AnalyticsErrors.FilterNotApplicable,
                $"`expenditureWhere` applies only to {MetricCatalogue.CategoryExpenditureName}; {metric.Name} is not read from expenditure rows. Use `where` on the final accounts.");
        return where;
    }

    /// <summary>How many items to return: <paramref name="fallback"/> when not given, at least <paramref name="minimum"/>, at most <see cref="MaxItems"/>.</summary>
    public static int Limit(IResolveFieldContext context, string name, int fallback, int minimum = 0)
    {
        var value = Arguments.Raw(context, name) as int? ?? fallback;
        if (value > MaxItems) throw ApiError.PageSize(name, value, MaxItems);
        if (value < minimum)
            throw AnalyticsErrors.Create(AnalyticsErrors.InvalidLimit, $"`{name}` must be at least {minimum}; it is {value}.");
        return value;
    }

    public static int? Year(IResolveFieldContext context, string name) => Arguments.Raw(context, name) as int?;

    /// <summary>Checks that a range of years runs forward and spans at most <see cref="MaxYears"/> years.</summary>
    public static void CheckRange(int? fromYear, int? toYear)
    {
        if (fromYear is not { } from || toYear is not { } to) return;
        if (from > to)
            throw AnalyticsErrors.Create(AnalyticsErrors.InvalidYearRange, $"`fromYear` ({from}) is after `toYear` ({to}).");
        // In long: -1 to 2147483647 must not wrap round to a small span.
        if ((long)to - from + 1 > MaxYears)
            throw AnalyticsErrors.Create(AnalyticsErrors.InvalidYearRange, $"The range {from}–{to} spans {(long)to - from + 1} years; at most {MaxYears} are allowed.");
    }
}
