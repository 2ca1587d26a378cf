using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace FinalAccounts.Http.Errors;

/// <summary>The operation has more aliased fields than <see cref="Limits.GraphQLLimits.MaxAliases"/>, fragments expanded.</summary>
public sealed class TooManyAliasesError : ValidationError
{
    /// <summary>The stable <c>extensions.code</c> of this error.</summary>
    public const string ErrorCode = "TOO_MANY_ALIASES";

    /// <summary>Creates the error pointing at <paramref name="node"/> (where the limit was passed), for a limit of <paramref name="limit"/>.</summary>
    public TooManyAliasesError(ROM source, ASTNode node, int limit)
        : base(source, null, $"The operation has more than {limit} aliased fields.", node)
    {
        Code = ErrorCode;
        this.AddLimit(limit);
    }
}
