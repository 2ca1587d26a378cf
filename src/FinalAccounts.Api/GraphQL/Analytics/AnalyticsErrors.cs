using FinalAccounts.Api.GraphQL.Conventions;
using GraphQL;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>The errors of analytics arguments, each with a stable <c>extensions.code</c>. Sizes reuse PAGE_SIZE_EXCEEDED.</summary>
public static class AnalyticsErrors
{
    public const string EmptyGroupBy = "EMPTY_GROUP_BY";
    public const string DuplicateDimension = "DUPLICATE_DIMENSION";
    public const string DimensionNotApplicable = "DIMENSION_NOT_APPLICABLE";
    public const string FilterNotApplicable = "FILTER_NOT_APPLICABLE";
    public const string SortNotApplicable = "SORT_NOT_APPLICABLE";
    public const string InvalidYearRange = "INVALID_YEAR_RANGE";
    public const string BaseYearRequired = "BASE_YEAR_REQUIRED";
    public const string InvalidLimit = "INVALID_LIMIT";

    public static ExecutionError Create(string code, string message) => ApiError.Create(code, message);
}
