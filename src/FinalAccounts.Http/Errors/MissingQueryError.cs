using System.Net;
using GraphQL.Execution;

namespace FinalAccounts.Http.Errors;

/// <summary>400: the request has no <c>query</c> (absent, null or blank).</summary>
public sealed class MissingQueryError : RequestError, IHasPreferredStatusCode
{
    /// <summary>The stable <c>extensions.code</c> of this error.</summary>
    public const string ErrorCode = "QUERY_MISSING";

    /// <summary>Creates the error.</summary>
    public MissingQueryError()
        : base("The GraphQL request has no 'query': send the query text as a string parameter named 'query'.")
    {
        Code = ErrorCode;
    }

    /// <inheritdoc />
    public HttpStatusCode PreferredStatusCode => HttpStatusCode.BadRequest;
}
