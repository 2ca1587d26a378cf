using GraphQL;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>A GraphQL error with a stable <c>extensions.code</c> that clients can branch on.</summary>
public static class ApiError
{
    public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";
    public const string InvalidPagingArguments = "INVALID_PAGING_ARGUMENTS";
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string InvalidId = "INVALID_ID";

    public static ExecutionError Create(string code, string message)
    {
        var error = new ExecutionError(message) { Code = code };
        return error;
    }

    /// <summary>As HotChocolate's HC0051: the page asked for is larger than the maximum; never clamped silently.</summary>
    public static ExecutionError PageSize(string argument, int requested, int maximum)
    {
        var error = Create(PageSizeExceeded,
            $"The maximum allowed items per page were exceeded: `{argument}: {requested}` asks for more than {maximum}.");
        error.AddExtension("requestedItems", requested);
        error.AddExtension("maxAllowedItems", maximum);
        return error;
    }
}
