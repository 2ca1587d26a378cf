using System.Net;
using GraphQL.Execution;

namespace FinalAccounts.Http.Errors;

/// <summary>413: the body is larger than <see cref="GraphQLHttpOptions.MaxRequestBodySize"/>; it is not parsed.</summary>
public sealed class RequestBodyTooLargeError : RequestError, IHasPreferredStatusCode
{
    /// <summary>The stable <c>extensions.code</c> of this error.</summary>
    public const string ErrorCode = "REQUEST_BODY_TOO_LARGE";

    /// <summary>Creates the error for a limit of <paramref name="maxBytes"/> bytes.</summary>
    public RequestBodyTooLargeError(long maxBytes)
        : base($"The request body is larger than the limit of {maxBytes} bytes.")
    {
        Code = ErrorCode;
    }

    /// <inheritdoc />
    public HttpStatusCode PreferredStatusCode => HttpStatusCode.RequestEntityTooLarge;
}
