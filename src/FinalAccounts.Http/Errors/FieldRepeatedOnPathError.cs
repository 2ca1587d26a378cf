using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace FinalAccounts.Http.Errors;

/// <summary>One field occurs more than <see cref="Limits.GraphQLLimits.MaxFieldRepetition"/> times along one path (unit → finalAccounts → unit → …).</summary>
public sealed class FieldRepeatedOnPathError : ValidationError
{
    /// <summary>The stable <c>extensions.code</c> of this error.</summary>
    public const string ErrorCode = "FIELD_REPEATED_ON_PATH";

    /// <summary>Creates the error pointing at <paramref name="node"/> (where the limit was passed), for a limit of <paramref name="limit"/>.</summary>
    public FieldRepeatedOnPathError(ROM source, ASTNode node, string fieldName, int limit)
        : base(source, null, $"The field '{fieldName}' occurs more than {limit} times along one path; follow a relation back and forth at most {limit} times.", node)
    {
        Code = ErrorCode;
        this.AddLimit(limit);
    }
}
