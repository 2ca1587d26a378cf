using System.Net;
using GraphQL.Execution;

namespace FinalAccounts.Http.Errors;

/// <summary>415: the <c>Content-Type</c> names a charset other than UTF-8.</summary>
public sealed class UnsupportedCharsetError : RequestError, IHasPreferredStatusCode
{
    /// <summary>The stable <c>extensions.code</c> of this error.</summary>
    public const string ErrorCode = "UNSUPPORTED_CHARSET";

    /// <summary>Creates the error for <paramref name="charset"/>.</summary>
    public UnsupportedCharsetError(string charset)
        : base($"Unsupported charset '{charset}' in the 'Content-Type' header; only utf-8 is supported.")
    {
        Code = ErrorCode;
    }

    /// <inheritdoc />
    public HttpStatusCode PreferredStatusCode => HttpStatusCode.UnsupportedMediaType;
}
