using System.Net;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace FinalAccounts.Http.Errors;

/// <summary>
/// 405: a GET request selected a mutation or subscription. GET must be safe, so only queries
/// run over it; the spec makes this a transport problem rather than a validation failure.
/// </summary>
public sealed class HttpMethodValidationError : ValidationError, IHasPreferredStatusCode
{
    /// <summary>The stable <c>extensions.code</c> of this error.</summary>
    public const string ErrorCode = "HTTP_METHOD_VALIDATION";

    /// <summary>Creates the error pointing at the offending operation.</summary>
    public HttpMethodValidationError(ROM source, GraphQLOperationDefinition operation)
        : base(source, null, "Only query operations are allowed for GET requests; send mutations with POST.", operation)
    {
        Code = ErrorCode;
    }

    /// <inheritdoc />
    public HttpStatusCode PreferredStatusCode => HttpStatusCode.MethodNotAllowed;
}
