using System.Runtime.CompilerServices;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace FinalAccounts.Http.Limits;

/// <summary>
/// Counts the objects an introspection selection (<c>__schema</c>, <c>__type(name:)</c>) returns, exactly:
/// the schema is fixed, so each selection is evaluated against the very types, fields, arguments and
/// directives it will list. Results are remembered per selection set and schema element, so the work
/// grows with the document times the schema, never with the (possibly huge) size of the answer: a query
/// that nests <c>fields { type { fields … } }</c> is counted quickly and refused if its answer is too big.
/// The standard introspection query of a schema of a few hundred types counts a few thousand objects.
/// Deprecated elements are counted as if asked for.
/// </summary>
internal sealed class IntrospectionCounter(
    ISchema schema,
    SelectionExpander expander,
    Func<GraphQLField, IDictionary<string, ArgumentValue>?> argumentsOf)
{
    private readonly Dictionary<(GraphQLSelectionSet, object), long> counted = new(ElementComparer.Instance);

    /// <summary>The objects returned by a <c>__schema</c> or <c>__type</c> field, the field's own object included.</summary>
    public long Count(GraphQLField field)
    {
        object? root = field.Name.StringValue == "__schema" ? schema : TypeNamed(field);
        return root is null || field.SelectionSet is null ? 0 : Saturating.Add(1, Count(field.SelectionSet, root));
    }

    private long Count(GraphQLSelectionSet selectionSet, object element)
    {
        if (counted.TryGetValue((selectionSet, element), out var known))
        {
            return known;
        }

        long total = 0;
        expander.ForEachField(selectionSet, null, (field, _) =>
        {
            if (field.SelectionSet is not { } inner)
            {
                return;
            }

            foreach (var child in Children(element, field.Name.StringValue))
            {
                total = Saturating.Add(total, Saturating.Add(1, Count(inner, child)));
            }
        });
        counted[(selectionSet, element)] = total;
        return total;
    }

    /// <summary>The objects a field of a meta type (__Schema, __Type, __Field, __InputValue, __Directive) lists for one element.</summary>
    private IEnumerable<object> Children(object element, string field) => (element, field) switch
    {
        (ISchema s, "types") => s.AllTypes,
        (ISchema s, "queryType") => Single(s.Query),
        (ISchema s, "mutationType") => Single(s.Mutation),
        (ISchema s, "subscriptionType") => Single(s.Subscription),
        (ISchema s, "directives") => s.Directives,
        (IObjectGraphType or IInterfaceGraphType, "fields") => ((IComplexGraphType)element).Fields,
        (IInputObjectGraphType input, "inputFields") => input.Fields,
        (IImplementInterfaces type, "interfaces") => type.ResolvedInterfaces,
        (IAbstractGraphType type, "possibleTypes") => type.PossibleTypes,
        (EnumerationGraphType type, "enumValues") => type.Values,
        (NonNullGraphType type, "ofType") => Single(type.ResolvedType),
        (ListGraphType type, "ofType") => Single(type.ResolvedType),
        (FieldType definition, "args") => definition.Arguments ?? Enumerable.Empty<object>(),
        (FieldType definition, "type") => Single(definition.ResolvedType),
        (QueryArgument argument, "type") => Single(argument.ResolvedType),
        (Directive directive, "args") => directive.Arguments ?? Enumerable.Empty<object>(),
        _ => [],
    };

    private IGraphType? TypeNamed(GraphQLField field) =>
        argumentsOf(field)?.TryGetValue("name", out var name) == true && name.Value is string typeName
            ? schema.AllTypes[typeName]
            : null;

    private static IEnumerable<object> Single(object? value) => value is null ? [] : [value];

    /// <summary>Selection sets and schema elements compare by identity: two fields of the same name are still two fields.</summary>
    private sealed class ElementComparer : IEqualityComparer<(GraphQLSelectionSet, object)>
    {
        public static readonly ElementComparer Instance = new();

        public bool Equals((GraphQLSelectionSet, object) x, (GraphQLSelectionSet, object) y) =>
            ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((GraphQLSelectionSet, object) key) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(key.Item1), RuntimeHelpers.GetHashCode(key.Item2));
    }
}
