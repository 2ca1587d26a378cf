using FinalAccounts.Http.Errors;
using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace FinalAccounts.Http.Limits;

/// <summary>
/// Computes the operation's cost (<see cref="QueryCostCalculator"/>) once its arguments and variables
/// are known, and refuses it when over <see cref="GraphQLLimits.MaxCost"/>: a refused operation never
/// reaches a resolver, so it never touches the data. It runs only on documents that passed every other
/// rule, the selection limits included, so the walk it makes is small. The cost is left in the
/// execution's user context under <see cref="QueryCost.ItemKey"/>, where the HTTP endpoint picks it up.
/// </summary>
public sealed class QueryCostRule(IOptions<GraphQLLimits> options) : ValidationRuleBase
{
    private readonly GraphQLLimits limits = options.Value;

    /// <inheritdoc />
    public override ValueTask<INodeVisitor?> GetPostNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation is { } operation)
        {
            var cost = Saturating.ToInt(new QueryCostCalculator(context, limits).Cost(operation));
            context.UserContext[QueryCost.ItemKey] = cost;
            if (cost > limits.MaxCost)
            {
                context.ReportError(new QueryCostExceededError(context.Document.Source, operation, cost, limits.MaxCost));
            }
        }

        return default;
    }
}
