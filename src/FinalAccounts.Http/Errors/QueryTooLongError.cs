using System.Net;
using GraphQL.Execution;

namespace FinalAccounts.Http.Errors;

/// <summary>400: the query text is longer than <see cref="Limits.GraphQLLimits.MaxQueryLength"/>; it is not parsed.</summary>
public sealed class QueryTooLongError : RequestError, IHasPreferredStatusCode
{
    /// <summary>The stable <c>extensions.code</c> of this error.</summary>
    public const string ErrorCode = "QUERY_TOO_LONG";

    /// <summary>Creates the error for a query of <paramref name="length"/> characters and a limit of <paramref name="limit"/>.</summary>
    public QueryTooLongError(int length, int limit)
        : base($"The query text has {length} characters; the limit is {limit}.")
    {
        Code = ErrorCode;
        this.AddLimit(limit);
    }

    /// <inheritdoc />
    public HttpStatusCode PreferredStatusCode => HttpStatusCode.BadRequest;
}
