using GraphQL;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;

namespace FinalAccounts.Http.Errors;

/// <summary>
/// The operation's cost (the worst-case number of objects in its response) is over
/// <see cref="Limits.GraphQLLimits.MaxCost"/>; it is refused before anything runs.
/// </summary>
public sealed class QueryCostExceededError : ValidationError
{
    /// <summary>The stable <c>extensions.code</c> of this error (Shopify's name for it).</summary>
    public const string ErrorCode = "MAX_COST_EXCEEDED";

    /// <summary>Creates the error for an operation of cost <paramref name="cost"/> and a limit of <paramref name="limit"/>.</summary>
    public QueryCostExceededError(ROM source, GraphQLOperationDefinition operation, int cost, int limit)
        : base(source, null, $"The query's cost is {cost}, over the limit of {limit}: it could return {cost} objects. Ask for smaller pages (first/last) or fewer nested lists.", operation)
    {
        Code = ErrorCode;
        this.AddLimit(limit);
        this.AddExtension("requestedQueryCost", cost);
    }
}
