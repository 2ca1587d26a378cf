using GraphQL;
using GraphQLParser.Exceptions;

namespace FinalAccounts.Http.Errors;

/// <summary>
/// The query text nests deeper than the parser allows. GraphQL.NET reports this parser limit as an
/// unhandled exception; it is the client's input that is at fault, so it is answered like a syntax
/// error (400 in <c>application/graphql-response+json</c>) instead of as a server failure.
/// </summary>
public sealed class DocumentTooDeepError : ExecutionError
{
    /// <summary>The stable <c>extensions.code</c> of this error.</summary>
    public const string ErrorCode = "MAX_DEPTH_EXCEEDED";

    /// <summary>Creates the error at the position where the parser stopped.</summary>
    public DocumentTooDeepError(GraphQLMaxDepthExceededException exception)
        : base("Error parsing query: the document is nested too deeply.")
    {
        Code = ErrorCode;
        AddLocation(exception.Location);
    }
}
