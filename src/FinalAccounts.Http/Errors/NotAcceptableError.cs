using System.Net;
using GraphQL.Execution;

namespace FinalAccounts.Http.Errors;

/// <summary>406: the <c>Accept</c> header names no media type this endpoint can answer in.</summary>
public sealed class NotAcceptableError : RequestError, IHasPreferredStatusCode
{
    /// <summary>The stable <c>extensions.code</c> of this error.</summary>
    public const string ErrorCode = "NOT_ACCEPTABLE";

    /// <summary>Creates the error.</summary>
    public NotAcceptableError()
        : base($"The 'Accept' header allows no supported media type; accept '{GraphQLMediaTypes.GraphQLResponseJson}' or '{GraphQLMediaTypes.Json}'.")
    {
        Code = ErrorCode;
    }

    /// <inheritdoc />
    public HttpStatusCode PreferredStatusCode => HttpStatusCode.NotAcceptable;
}
