using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace FinalAccounts.Http.Errors;

/// <summary>The operation has more field selections than <see cref="Limits.GraphQLLimits.MaxFields"/> once its fragments are expanded.</summary>
public sealed class TooManyFieldsError : ValidationError
{
    /// <summary>The stable <c>extensions.code</c> of this error.</summary>
    public const string ErrorCode = "TOO_MANY_FIELDS";

    /// <summary>Creates the error pointing at <paramref name="node"/> (where the limit was passed), for a limit of <paramref name="limit"/>.</summary>
    public TooManyFieldsError(ROM source, ASTNode node, int limit)
        : base(source, null, $"The operation has more than {limit} field selections once its fragments are expanded.", node)
    {
        Code = ErrorCode;
        this.AddLimit(limit);
    }
}
