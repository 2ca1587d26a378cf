using System.Net;
using GraphQL.Execution;

namespace FinalAccounts.Http.Errors;

/// <summary>400: a request parameter (query, operationName, variables, extensions) of the wrong JSON kind.</summary>
public sealed class InvalidRequestParameterError : RequestError, IHasPreferredStatusCode
{
    /// <summary>The stable <c>extensions.code</c> of this error.</summary>
    public const string ErrorCode = "INVALID_REQUEST_PARAMETER";

    private InvalidRequestParameterError(string message)
        : base(message)
    {
        Code = ErrorCode;
    }

    /// <summary>The parameter must be a string (or null) but is <paramref name="jsonKind"/>.</summary>
    public static InvalidRequestParameterError NotAString(string parameter, string jsonKind) =>
        new($"The '{parameter}' parameter must be a string, not {jsonKind}.");

    /// <summary>The parameter must be a JSON object (or null) but is <paramref name="jsonKind"/>.</summary>
    public static InvalidRequestParameterError NotAnObject(string parameter, string jsonKind) =>
        new($"The '{parameter}' parameter must be a JSON object, not {jsonKind}.");

    /// <summary>A query-string parameter that should hold JSON but does not parse.</summary>
    public static InvalidRequestParameterError NotJson(string parameter) =>
        new($"The '{parameter}' parameter is not valid JSON; it must be a URL-encoded JSON object.");

    /// <summary>A query-string parameter that appears more than once.</summary>
    public static InvalidRequestParameterError Repeated(string parameter) =>
        new($"The '{parameter}' parameter must be given at most once.");

    /// <inheritdoc />
    public HttpStatusCode PreferredStatusCode => HttpStatusCode.BadRequest;
}
