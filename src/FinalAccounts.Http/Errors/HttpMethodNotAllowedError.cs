using System.Net;
using GraphQL.Execution;

namespace FinalAccounts.Http.Errors;

/// <summary>405: the endpoint answers GET and POST only.</summary>
public sealed class HttpMethodNotAllowedError : RequestError, IHasPreferredStatusCode
{
    /// <summary>The stable <c>extensions.code</c> of this error.</summary>
    public const string ErrorCode = "HTTP_METHOD_NOT_ALLOWED";

    /// <summary>Creates the error for a request made with <paramref name="method"/>.</summary>
    public HttpMethodNotAllowedError(string method)
        : base($"HTTP method '{method}' is not supported; use GET or POST.")
    {
        Code = ErrorCode;
    }

    /// <inheritdoc />
    public HttpStatusCode PreferredStatusCode => HttpStatusCode.MethodNotAllowed;
}
