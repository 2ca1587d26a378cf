using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace FinalAccounts.Http.Errors;

/// <summary>The operation selects fields deeper than <see cref="Limits.GraphQLLimits.MaxDepth"/> levels.</summary>
public sealed class SelectionTooDeepError : ValidationError
{
    /// <summary>The stable <c>extensions.code</c> of this error.</summary>
    public const string ErrorCode = "SELECTION_TOO_DEEP";

    /// <summary>Creates the error pointing at <paramref name="node"/> (where the limit was passed), for a limit of <paramref name="limit"/>.</summary>
    public SelectionTooDeepError(ROM source, ASTNode node, int limit)
        : base(source, null, $"The operation selects fields more than {limit} levels deep.", node)
    {
        Code = ErrorCode;
        this.AddLimit(limit);
    }
}
