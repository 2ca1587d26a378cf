using FinalAccounts.Api.GraphQL.Conventions;
using GraphQL;

namespace FinalAccounts.Api.GraphQL.Search;

/// <summary>The errors of `search`, each with a stable <c>extensions.code</c>.</summary>
public static class SearchErrors
{
    public const string EmptyQuery = "SEARCH_QUERY_EMPTY";
    public const string QueryTooLong = "SEARCH_QUERY_TOO_LONG";
    public const string IndexMissing = "SEARCH_INDEX_MISSING";

    public static ExecutionError Empty() =>
        ApiError.Create(EmptyQuery, "`query` is empty: give at least one character other than spaces.");

    public static ExecutionError TooLong(int length, int maximum)
    {
        var error = ApiError.Create(QueryTooLong, $"`query` has {length} characters; at most {maximum} are searched.");
        error.AddExtension("length", length);
        error.AddExtension("maxLength", maximum);
        return error;
    }

    public static ExecutionError Missing() =>
        ApiError.Create(IndexMissing, "This snapshot has no search index: it was built before search existed. Rebuild it (`build` or `demo`).");
}
