using System.Net;
using GraphQL;

namespace FinalAccounts.Http.Errors;

/// <summary>
/// What a client sees in place of an unhandled exception: a fixed message, a stable code and the
/// trace id under which the full exception was logged. It carries no inner exception, so no
/// stack trace, exception type, SQL or path can reach the response whatever the error-info options.
/// </summary>
public sealed class InternalServerError : ExecutionError, IHasPreferredStatusCode
{
    /// <summary>The stable <c>extensions.code</c> of this error.</summary>
    public const string ErrorCode = "INTERNAL_ERROR";

    /// <summary>The fixed message.</summary>
    public const string ErrorMessage = "An internal error occurred. Quote the traceId when reporting it.";

    /// <summary>Creates the error; <paramref name="traceId"/> goes to <c>extensions.traceId</c>.</summary>
    public InternalServerError(string traceId)
        : base(ErrorMessage)
    {
        Code = ErrorCode;
        TraceId = traceId;
        this.AddExtension("traceId", traceId);
    }

    /// <summary>The id under which the exception was logged.</summary>
    public string TraceId { get; }

    /// <inheritdoc />
    public HttpStatusCode PreferredStatusCode => HttpStatusCode.InternalServerError;
}
