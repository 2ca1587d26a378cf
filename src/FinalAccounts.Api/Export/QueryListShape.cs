using FinalAccounts.Api.GraphQL.Conventions;
using GraphQL;
using GraphQL.Types;

namespace FinalAccounts.Api.Export;

/// <summary>
/// Reads the shape of a computed connection from the schema: the GraphQL selection of its nodes and the
/// matching columns. Every scalar field of a node is a column; of a linked object, an entity gives its id,
/// code and names (a unit's name, a category's code and Chinese and English names), a small descriptive
/// object all its fields.
/// </summary>
public static class QueryListShape
{
    /// <summary>The fields that identify a linked entity in a table: its global id and its names, in both languages where it has them.</summary>
    private static readonly string[] Labels = ["id", "code", "name", "nameZh", "nameEn", "fileName"];

    /// <summary>The list's shape, or null when the field is not a connection the export can page through.</summary>
    public static QueryList? Of(FieldType field)
    {
        if (field.Arguments?.Find("first") is null || field.Arguments.Find("after") is null) return null;
        if (field.ResolvedType?.GetNamedType() is not IComplexGraphType connection) return null;
        var nodes = connection.GetField("nodes");
        if (nodes is null || connection.GetField("pageInfo") is null) return null;
        if (nodes.ResolvedType?.GetNamedType() is not IComplexGraphType node) return null;

        var selection = new List<string>();
        var columns = new List<QueryColumn>();
        foreach (var f in node.Fields)
        {
            if (HasRequiredArguments(f) || IsList(f.ResolvedType)) continue;
            switch (f.ResolvedType?.GetNamedType())
            {
                case ScalarGraphType:
                    Add(columns, new QueryColumn(f.Name, [f.Name], f.Description ?? f.Name));
                    selection.Add(f.Name);
                    break;
                case IComplexGraphType linked:
                    var leaves = new List<string>();
                    foreach (var leaf in Leaves(linked))
                        if (Add(columns, new QueryColumn(f.Name + Naming.PascalCase(leaf.Name), [f.Name, leaf.Name], $"{f.Name}: {leaf.Description ?? leaf.Name}")))
                            leaves.Add(leaf.Name);
                    if (leaves.Count > 0) selection.Add($"{f.Name} {{ {string.Join(' ', leaves)} }}");
                    break;
            }
        }
        return columns.Count == 0 ? null : new QueryList(field.Name, field, string.Join(' ', selection), columns);
    }

    private static IEnumerable<FieldType> Leaves(IComplexGraphType type)
    {
        var scalars = type.Fields.Where(f => !HasRequiredArguments(f) && !IsList(f.ResolvedType) && f.ResolvedType?.GetNamedType() is ScalarGraphType);
        return type is EntityObjectType ? scalars.Where(f => Labels.Contains(f.Name)) : scalars;
    }

    private static bool Add(List<QueryColumn> columns, QueryColumn column)
    {
        if (columns.Any(c => c.Name == column.Name)) return false;
        columns.Add(column);
        return true;
    }

    private static bool HasRequiredArguments(FieldType field) =>
        field.Arguments?.Any(a => a.ResolvedType is NonNullGraphType && a.DefaultValue is null) == true;

    private static bool IsList(IGraphType? type) => type switch
    {
        NonNullGraphType nonNull => IsList(nonNull.ResolvedType),
        ListGraphType => true,
        _ => false,
    };
}
