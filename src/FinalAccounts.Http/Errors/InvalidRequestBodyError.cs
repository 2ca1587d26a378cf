using System.Net;
using GraphQL.Execution;

namespace FinalAccounts.Http.Errors;

/// <summary>400: a body that parses but is not a GraphQL request (JSON that is not an object, text that is not UTF-8).</summary>
public sealed class InvalidRequestBodyError : RequestError, IHasPreferredStatusCode
{
    /// <summary>The stable <c>extensions.code</c> of this error.</summary>
    public const string ErrorCode = "INVALID_REQUEST_BODY";

    private InvalidRequestBodyError(string message)
        : base(message)
    {
        Code = ErrorCode;
    }

    /// <summary>The JSON body is a string, number, boolean or null instead of an object.</summary>
    public static InvalidRequestBodyError NotAnObject(string jsonKind) =>
        new($"The JSON body must be an object with a 'query' string, not {jsonKind}.");

    /// <summary>An <c>application/graphql</c> body whose bytes are not UTF-8.</summary>
    public static InvalidRequestBodyError NotUtf8() =>
        new("The request body is not valid UTF-8 text.");

    /// <summary>The server could not read the body as sent (a broken chunked encoding, for one).</summary>
    public static InvalidRequestBodyError Unreadable() =>
        new("The request body could not be read.");

    /// <inheritdoc />
    public HttpStatusCode PreferredStatusCode => HttpStatusCode.BadRequest;
}
