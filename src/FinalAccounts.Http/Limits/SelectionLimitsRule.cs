using FinalAccounts.Http.Errors;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace FinalAccounts.Http.Limits;

/// <summary>
/// Limits the shape of the operation that will run (the one selected by <c>operationName</c>), with
/// every fragment expanded where it is spread: at most <see cref="GraphQLLimits.MaxFields"/> field
/// selections, <see cref="GraphQLLimits.MaxDepth"/> levels, <see cref="GraphQLLimits.MaxFieldRepetition"/>
/// occurrences of one field name along a path and <see cref="GraphQLLimits.MaxAliases"/> aliases. Each
/// limit is reported once, at the first selection past it. It looks at the document alone and runs with
/// the specification's rules, before any argument is read; the field count comes first, so the walk
/// that checks the rest never visits more than <see cref="GraphQLLimits.MaxFields"/> fields.
/// </summary>
public sealed class SelectionLimitsRule(IOptions<GraphQLLimits> options) : ValidationRuleBase
{
    private readonly GraphQLLimits limits = options.Value;

    /// <inheritdoc />
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation is { } operation)
        {
            new Walk(context, limits, operation).Run();
        }

        return default;
    }

    private sealed class Walk(ValidationContext context, GraphQLLimits limits, GraphQLOperationDefinition operation)
    {
        private readonly SelectionExpander expander = new(context.Schema, context.Document);
        private readonly Dictionary<string, int> onPath = [];
        private int aliases;
        private bool tooDeep;
        private bool repeated;
        private bool tooManyAliases;

        public void Run()
        {
            if (expander.CountFields(operation.SelectionSet) > limits.MaxFields)
            {
                Report(new TooManyFieldsError(context.Document.Source, operation, limits.MaxFields));
                return;
            }

            Visit(operation.SelectionSet, RootType(), depth: 0);
            if (expander.Exhausted)
            {
                Report(new TooManyFieldsError(context.Document.Source, operation, limits.MaxFields));
            }
        }

        private void Visit(GraphQLSelectionSet selectionSet, IGraphType? parentType, int depth) =>
            expander.ForEachField(selectionSet, parentType, (field, parent) => VisitField(field, parent, depth));

        private void VisitField(GraphQLField field, IGraphType? parentType, int parentDepth)
        {
            var name = field.Name.StringValue;
            if (field.Alias is not null && ++aliases > limits.MaxAliases && !tooManyAliases)
            {
                tooManyAliases = true;
                Report(new TooManyAliasesError(context.Document.Source, field, limits.MaxAliases));
            }

            if (field.SelectionSet is not { } selectionSet)
            {
                // A leaf adds a level too: { a { b } } is two deep.
                CheckDepth(field, parentDepth + 1);
                return;
            }

            var wrapperStep = FieldLookup.IsTypeWrapperStep(parentType, name);
            var depth = wrapperStep ? parentDepth : parentDepth + 1;
            if (!CheckDepth(field, depth))
            {
                return;
            }

            var times = wrapperStep ? 0 : onPath.GetValueOrDefault(name) + 1;
            if (times > limits.MaxFieldRepetition)
            {
                if (!repeated)
                {
                    repeated = true;
                    Report(new FieldRepeatedOnPathError(context.Document.Source, field, name, limits.MaxFieldRepetition));
                }

                return;
            }

            var fieldType = FieldLookup.Find(context.Schema, parentType, name)?.ResolvedType?.GetNamedType();
            if (!wrapperStep)
            {
                onPath[name] = times;
            }

            Visit(selectionSet, fieldType, depth);
            if (!wrapperStep)
            {
                onPath[name] = times - 1;
            }
        }

        private bool CheckDepth(GraphQLField field, int depth)
        {
            if (depth <= limits.MaxDepth)
            {
                return true;
            }

            if (!tooDeep)
            {
                tooDeep = true;
                Report(new SelectionTooDeepError(context.Document.Source, field, limits.MaxDepth));
            }

            return false;
        }

        private IGraphType? RootType() => operation.Operation switch
        {
            OperationType.Query => context.Schema.Query,
            OperationType.Mutation => context.Schema.Mutation,
            OperationType.Subscription => context.Schema.Subscription,
            _ => null,
        };

        private void Report(ValidationError error) => context.ReportError(error);
    }
}
