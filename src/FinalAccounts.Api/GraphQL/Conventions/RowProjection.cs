using System.Linq.Expressions;
using System.Reflection;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>
/// The columns a statement must read: those behind the fields the query selects on its rows (for a page through
/// `nodes` and `edges { node }`; for a nested list or a lookup its own selection; fragments included), the row's key,
/// and the columns the statement itself needs (sort keys its cursors carry, the column matching parents or ids). A
/// page of accounts showing three fields then reads four columns instead of fifty. A selection it cannot account for
/// (a computed field, a sort through a relation) reads every column.
/// </summary>
public static class RowProjection
{
    // Validation bounds a query's depth and rejects fragment cycles; this only guards the walk itself.
    private const int MaxDepth = 64;

    /// <summary>For a connection: x => new T { Key = x.Key, A = x.A, … } over its rows' fields, or null to read whole rows.</summary>
    public static Expression<Func<T, T>>? For<T>(EntityMetadata entity, IResolveFieldContext context, SortSpec<T> sort)
    {
        if (context.FieldAst.SelectionSet is not { } connection) return null;
        var names = new HashSet<string>(StringComparer.Ordinal);
        return CollectConnection(connection, FragmentsOf(context), names, depth: 0) ? Build(entity, names, sort, extra: null) : null;
    }

    /// <summary>For a nested list, whose rows are its field's selection: also reads <paramref name="match"/>, which groups them by parent.</summary>
    public static Expression<Func<T, T>>? ForList<T>(EntityMetadata entity, IResolveFieldContext context, SortSpec<T> sort, PropertyInfo match)
    {
        if (context.FieldAst.SelectionSet is not { } rows) return null;
        var names = new HashSet<string>(StringComparer.Ordinal);
        return CollectRow(rows, FragmentsOf(context), names, depth: 0) ? Build(entity, names, sort, match) : null;
    }

    /// <summary>
    /// For an object field (a relation, a lookup by id, <c>node</c>): the properties its selection reads, fragments on
    /// other types left out, with <paramref name="match"/> (the column the lookup matches on); null for every column.
    /// </summary>
    public static IReadOnlySet<PropertyInfo>? ForObject(EntityMetadata entity, IResolveFieldContext context, PropertyInfo match)
    {
        if (context.FieldAst.SelectionSet is not { } selection) return null;
        var names = new HashSet<string>(StringComparer.Ordinal);
        // Fragments on another object type never apply to these rows; on an interface or a union they may.
        bool elsewhere(string name) => name != entity.TypeName && context.Schema.AllTypes[name] is IObjectGraphType;
        return CollectRow(selection, FragmentsOf(context), names, depth: 0, elsewhere) ? Properties(entity, names, [match]) : null;
    }

    /// <summary>x => new T { A = x.A, … } over <paramref name="properties"/>, or null when T cannot be built that way.</summary>
    public static Expression<Func<T, T>>? Select<T>(IEnumerable<PropertyInfo> properties, ParameterExpression? row = null)
    {
        var list = properties.ToList();
        if (typeof(T).GetConstructor(Type.EmptyTypes) is null || list.Any(p => !p.CanWrite || p.DeclaringType?.IsAssignableFrom(typeof(T)) != true)) return null;
        row ??= Expression.Parameter(typeof(T), "x");
        var body = Expression.MemberInit(Expression.New(typeof(T)), list.Select(p => (MemberBinding)Expression.Bind(p, Expression.Property(row, p))));
        return Expression.Lambda<Func<T, T>>(body, row);
    }

    private static Dictionary<string, GraphQLFragmentDefinition> FragmentsOf(IResolveFieldContext context) =>
        context.Document.Definitions.OfType<GraphQLFragmentDefinition>().ToDictionary(f => f.FragmentName.Name.StringValue);

    private static Expression<Func<T, T>>? Build<T>(EntityMetadata entity, HashSet<string> names, SortSpec<T> sort, PropertyInfo? extra)
    {
        var columns = new List<PropertyInfo>();
        foreach (var key in sort.Keys)
        {
            if (key.Path is MemberExpression { Member: PropertyInfo property } member && member.Expression == sort.Row) columns.Add(property);
            else return null;
        }
        if (extra is not null) columns.Add(extra);
        return Properties(entity, names, columns) is { } properties ? Select<T>(properties, sort.Row) : null;
    }

    /// <summary>The key, the properties behind the fields named, and <paramref name="extra"/>; null when a field has no property of its own.</summary>
    private static HashSet<PropertyInfo>? Properties(EntityMetadata entity, HashSet<string> names, IEnumerable<PropertyInfo> extra)
    {
        var properties = new HashSet<PropertyInfo>(extra) { entity.Key };
        foreach (var name in names)
        {
            if (name is "__typename") continue;
            if (name is "id" or "key") properties.Add(entity.Key);
            else if (entity.FindScalar(name) is { } scalar) properties.Add(scalar.Property);
            else if (entity.FindRelation(name) is { } relation) properties.Add(relation.SourceKey);
            else return null;
        }
        return properties;
    }

    /// <summary>The fields under `nodes` and `edges { node }` of a connection's selection; false when it cannot tell.</summary>
    private static bool CollectConnection(GraphQLSelectionSet set, Dictionary<string, GraphQLFragmentDefinition> fragments, HashSet<string> names, int depth)
    {
        if (depth > MaxDepth) return false;
        var edges = new List<GraphQLField>();
        foreach (var selection in set.Selections)
        {
            var ok = selection switch
            {
                GraphQLField { Name.StringValue: "nodes", SelectionSet: { } nodes } => CollectRow(nodes, fragments, names, depth + 1),
                GraphQLField { Name.StringValue: "edges", SelectionSet: { } edge } => Collect(edge, fragments, edges, depth + 1),
                GraphQLField => true,
                GraphQLFragmentSpread spread => fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment)
                    && CollectConnection(fragment.SelectionSet, fragments, names, depth + 1),
                GraphQLInlineFragment inline => CollectConnection(inline.SelectionSet, fragments, names, depth + 1),
                _ => false,
            };
            if (!ok) return false;
        }
        foreach (var field in edges)
            if (field is { Name.StringValue: "node", SelectionSet: { } node } && !CollectRow(node, fragments, names, depth + 2)) return false;
        return true;
    }

    private static bool CollectRow(GraphQLSelectionSet set, Dictionary<string, GraphQLFragmentDefinition> fragments, HashSet<string> names, int depth,
        Func<string, bool>? elsewhere = null)
    {
        var fields = new List<GraphQLField>();
        if (!Collect(set, fragments, fields, depth, elsewhere)) return false;
        foreach (var field in fields) names.Add(field.Name.StringValue);
        return true;
    }

    /// <summary>
    /// The fields of a selection set, with those of its fragments. Fragments whose type condition
    /// <paramref name="elsewhere"/> rules out are left out; without it every one counts (a superset).
    /// </summary>
    private static bool Collect(GraphQLSelectionSet set, Dictionary<string, GraphQLFragmentDefinition> fragments, List<GraphQLField> fields, int depth,
        Func<string, bool>? elsewhere = null)
    {
        if (depth > MaxDepth) return false;
        foreach (var selection in set.Selections)
        {
            var ok = selection switch
            {
                GraphQLField field => Add(fields, field),
                GraphQLFragmentSpread spread => fragments.TryGetValue(spread.FragmentName.Name.StringValue, out var fragment)
                    && (AppliesElsewhere(fragment.TypeCondition, elsewhere) || Collect(fragment.SelectionSet, fragments, fields, depth + 1, elsewhere)),
                GraphQLInlineFragment inline => AppliesElsewhere(inline.TypeCondition, elsewhere)
                    || Collect(inline.SelectionSet, fragments, fields, depth + 1, elsewhere),
                _ => false,
            };
            if (!ok) return false;
        }
        return true;
    }

    private static bool AppliesElsewhere(GraphQLTypeCondition? condition, Func<string, bool>? elsewhere) =>
        elsewhere is not null && condition?.Type.Name.StringValue is { } name && elsewhere(name);

    private static bool Add(List<GraphQLField> fields, GraphQLField field)
    {
        fields.Add(field);
        return true;
    }
}
