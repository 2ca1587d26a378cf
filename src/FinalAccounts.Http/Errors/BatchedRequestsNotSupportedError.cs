using System.Net;
using GraphQL.Execution;

namespace FinalAccounts.Http.Errors;

/// <summary>400: the JSON body is an array of requests. Batches are refused, not run (see <see cref="GraphQLHttpMiddleware{TSchema}"/>).</summary>
public sealed class BatchedRequestsNotSupportedError : RequestError, IHasPreferredStatusCode
{
    /// <summary>The stable <c>extensions.code</c> of this error.</summary>
    public const string ErrorCode = "BATCHED_REQUESTS_NOT_SUPPORTED";

    /// <summary>Creates the error.</summary>
    public BatchedRequestsNotSupportedError()
        : base("Batched requests are not supported; send one request object per HTTP request.")
    {
        Code = ErrorCode;
    }

    /// <inheritdoc />
    public HttpStatusCode PreferredStatusCode => HttpStatusCode.BadRequest;
}
