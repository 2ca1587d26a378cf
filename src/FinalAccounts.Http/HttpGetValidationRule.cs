using FinalAccounts.Http.Errors;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace FinalAccounts.Http;

/// <summary>
/// Added to the validation rules of GET requests (and to the rules run on cached documents, so a
/// mutation parsed earlier for a POST cannot slip through): the selected operation must be a query.
/// </summary>
internal sealed class HttpGetValidationRule : ValidationRuleBase
{
    /// <summary>The rule holds no state, so one instance serves every request.</summary>
    public static readonly HttpGetValidationRule Instance = new();

    private HttpGetValidationRule()
    {
    }

    /// <inheritdoc />
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Query)
        {
            context.ReportError(new HttpMethodValidationError(context.Document.Source, context.Operation));
        }

        return default;
    }
}
