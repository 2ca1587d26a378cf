using System.Collections;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace FinalAccounts.Http.Limits;

/// <summary>
/// The cost of an operation: the worst-case number of objects its response can hold, known before
/// anything runs. Every object counts one (a connection, an edge, a node, a related row), scalars
/// count nothing, and a field is counted once per object of its parent, so the cost is the sum over
/// every path of the product of the list lengths along it:
/// <list type="bullet">
/// <item>a paged field (one taking an argument of <see cref="GraphQLLimits.PageSizeArguments"/>: <c>first</c>, <c>last</c>) holds
/// the first of them given: a list field directly (given none, it holds its whole list, bounded as below), a connection
/// in the lists just inside it (<c>edges</c>, <c>nodes</c>; given none, <see cref="GraphQLLimits.DefaultPageSize"/>);</item>
/// <item>a list field whose argument is in <see cref="GraphQLLimits.ListSizeArguments"/> holds one item per entry (<c>nodes(ids:)</c>);</item>
/// <item>any other list field holds its bound from <see cref="GraphQLLimits.ListSizes"/>, else <see cref="GraphQLLimits.DefaultListSize"/>;</item>
/// <item>introspection is counted exactly from the schema (<see cref="IntrospectionCounter"/>).</item>
/// </list>
/// Fields are counted as written: fragments expanded, <c>@skip</c> and <c>@include</c> ignored, fields that
/// GraphQL would merge counted each time, and for an abstract type the fields of every type condition
/// added up, so the cost never falls below what runs. Arguments are read after variables are applied.
/// </summary>
internal sealed class QueryCostCalculator
{
    private readonly ValidationContext context;
    private readonly GraphQLLimits limits;
    private readonly SelectionExpander expander;
    private readonly IntrospectionCounter introspection;

    public QueryCostCalculator(ValidationContext context, GraphQLLimits limits)
    {
        this.context = context;
        this.limits = limits;
        expander = new SelectionExpander(context.Schema, context.Document);
        introspection = new IntrospectionCounter(context.Schema, expander, ArgumentsOf);
    }

    /// <summary>The cost of <paramref name="operation"/>, saturating at <see cref="long.MaxValue"/>.</summary>
    public long Cost(GraphQLOperationDefinition operation)
    {
        IGraphType? root = operation.Operation switch
        {
            OperationType.Query => context.Schema.Query,
            OperationType.Mutation => context.Schema.Mutation,
            _ => context.Schema.Subscription,
        };
        var cost = SelectionCost(operation.SelectionSet, root, multiplier: 1, pageSize: null);

        // A walk cut short counted less than there is: refuse rather than under-charge.
        return expander.Exhausted ? long.MaxValue : cost;
    }

    private long SelectionCost(GraphQLSelectionSet selectionSet, IGraphType? parentType, long multiplier, int? pageSize)
    {
        long total = 0;
        expander.ForEachField(selectionSet, parentType, (field, parent) =>
            total = Saturating.Add(total, FieldCost(field, parent, multiplier, pageSize)));
        return total;
    }

    private long FieldCost(GraphQLField field, IGraphType? parentType, long multiplier, int? pageSize)
    {
        if (field.SelectionSet is not { } selectionSet
            || FieldLookup.Find(context.Schema, parentType, field.Name.StringValue) is not { ResolvedType: { } type } definition)
        {
            return 0;
        }

        if (definition == context.Schema.SchemaMetaFieldType || definition == context.Schema.TypeMetaFieldType)
        {
            return Saturating.Multiply(multiplier, introspection.Count(field));
        }

        var isList = (type is NonNullGraphType nonNull ? nonNull.ResolvedType : type) is ListGraphType;
        long items = 1;
        int? innerPageSize = null;
        if (IsPaged(definition))
        {
            var given = GivenPageSize(field);
            if (isList)
            {
                // A list that takes a page size but is given none returns all of itself.
                items = given ?? ListSize(parentType, definition, field);
            }
            else
            {
                innerPageSize = given ?? limits.DefaultPageSize;
            }
        }
        else if (isList)
        {
            items = pageSize ?? ListSize(parentType, definition, field);
        }

        var objects = Saturating.Multiply(multiplier, items);
        return Saturating.Add(objects, SelectionCost(selectionSet, type.GetNamedType(), objects, innerPageSize));
    }

    private bool IsPaged(FieldType definition) =>
        definition.Arguments is { } arguments && limits.PageSizeArguments.Any(name => arguments.Find(name) is not null);

    private int? GivenPageSize(GraphQLField field)
    {
        var arguments = ArgumentsOf(field);
        return limits.PageSizeArguments.Select(name => Int(arguments, name)).FirstOrDefault(value => value is not null) is { } size
            ? Math.Max(0, size)
            : null;
    }

    private long ListSize(IGraphType? parentType, FieldType definition, GraphQLField field)
    {
        if (parentType is not null && limits.ListSizes.TryGetValue($"{parentType.Name}.{definition.Name}", out var declared))
        {
            return Math.Max(0, declared);
        }

        var arguments = ArgumentsOf(field);
        foreach (var name in limits.ListSizeArguments)
        {
            if (arguments?.TryGetValue(name, out var argument) == true && argument.Value is IEnumerable entries and not string)
            {
                return entries.Cast<object?>().LongCount();
            }
        }

        return limits.DefaultListSize;
    }

    private IDictionary<string, ArgumentValue>? ArgumentsOf(GraphQLField field) =>
        context.ArgumentValues?.TryGetValue(field, out var arguments) == true ? arguments : null;

    private static int? Int(IDictionary<string, ArgumentValue>? arguments, string name) =>
        arguments?.TryGetValue(name, out var argument) == true ? argument.Value as int? : null;
}
