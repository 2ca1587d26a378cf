using System.Net;
using GraphQL.Execution;

namespace FinalAccounts.Http.Errors;

/// <summary>
/// 415: a POST without a <c>Content-Type</c>, with one that cannot be parsed, or with a media type
/// other than JSON or GraphQL. Refusing the "simple" types (<c>text/plain</c>, forms) is also what
/// keeps browsers from posting to this endpoint cross-origin without a CORS preflight.
/// </summary>
public sealed class InvalidContentTypeError : RequestError, IHasPreferredStatusCode
{
    /// <summary>The stable <c>extensions.code</c> of this error.</summary>
    public const string ErrorCode = "INVALID_CONTENT_TYPE";

    private const string Expected = $"Use '{GraphQLMediaTypes.Json}' or '{GraphQLMediaTypes.GraphQLText}'.";

    private InvalidContentTypeError(string message)
        : base(message)
    {
        Code = ErrorCode;
    }

    /// <summary>The request has no <c>Content-Type</c> header.</summary>
    public static InvalidContentTypeError Missing() =>
        new($"The 'Content-Type' header is missing. {Expected}");

    /// <summary>The <c>Content-Type</c> header is not a media type.</summary>
    public static InvalidContentTypeError Unparseable(string contentType) =>
        new($"The 'Content-Type' header '{contentType}' could not be parsed. {Expected}");

    /// <summary>The media type is well formed but not one this endpoint reads.</summary>
    public static InvalidContentTypeError Unsupported(string mediaType) =>
        new($"Invalid 'Content-Type' header: '{mediaType}' is not supported. {Expected}");

    /// <inheritdoc />
    public HttpStatusCode PreferredStatusCode => HttpStatusCode.UnsupportedMediaType;
}
