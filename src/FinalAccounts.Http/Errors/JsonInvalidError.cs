using System.Net;
using System.Text.Json;
using GraphQL.Execution;

namespace FinalAccounts.Http.Errors;

/// <summary>400: a JSON body (or a JSON query-string parameter) that is not JSON at all.</summary>
public sealed class JsonInvalidError : RequestError, IHasPreferredStatusCode
{
    /// <summary>The stable <c>extensions.code</c> of this error.</summary>
    public const string ErrorCode = "JSON_INVALID";

    /// <summary>Creates the error; only the position of the fault is kept from the parser's report.</summary>
    public JsonInvalidError(JsonException exception)
        : base(Describe(exception))
    {
        Code = ErrorCode;
    }

    /// <inheritdoc />
    public HttpStatusCode PreferredStatusCode => HttpStatusCode.BadRequest;

    private static string Describe(JsonException exception) =>
        exception.LineNumber is { } line && exception.BytePositionInLine is { } position
            ? $"JSON body text could not be parsed: error at line {line + 1}, byte {position + 1}."
            : "JSON body text could not be parsed.";
}
