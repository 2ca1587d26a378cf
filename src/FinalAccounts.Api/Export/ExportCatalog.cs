using FinalAccounts.Api.GraphQL;
using FinalAccounts.Api.GraphQL.Conventions;
using GraphQL.Types;

namespace FinalAccounts.Api.Export;

/// <summary>
/// Every list the API serves, found in the schema itself: each query field that takes an entity's
/// <c>where</c> and <c>order</c> (a table's rows), and each other connection (computed rows), so a list added
/// to the schema is downloadable with no change here.
/// </summary>
public sealed class ExportCatalog
{
    private readonly Dictionary<string, ExportableList> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, QueryList> _queries = new(StringComparer.Ordinal);

    public ExportCatalog(FinalAccountsSchema schema, ConventionTypes types)
    {
        schema.Initialize();
        foreach (var field in schema.Query.Fields)
        {
            var where = field.Arguments?.Find("where")?.ResolvedType;
            var order = field.Arguments?.Find("order")?.ResolvedType;
            if (where is EntityFilterInputType filter && Unwrap(order) is EntitySortInputType sort && field.Arguments?.Find("first") is not null)
                _byName.Add(field.Name, new ExportableList(field.Name, filter.Entity, filter, sort, ExportColumns.For(filter.Entity, types)));
            else if (QueryListShape.Of(field) is { } computed)
                _queries.Add(field.Name, computed);
        }
    }

    /// <summary>The lists of rows of a table, in schema order: streamed straight from SQL.</summary>
    public IReadOnlyCollection<ExportableList> Lists => _byName.Values;

    /// <summary>The computed lists (aggregates, budget execution, search…), in schema order: exported page by page through GraphQL.</summary>
    public IReadOnlyCollection<QueryList> Queries => _queries.Values;

    public ExportableList? Find(string name) => _byName.GetValueOrDefault(name);

    public QueryList? FindQuery(string name) => _queries.GetValueOrDefault(name);

    public IEnumerable<string> Names => _byName.Keys.Concat(_queries.Keys);

    private static IGraphType? Unwrap(IGraphType? type) => type switch
    {
        NonNullGraphType nonNull => Unwrap(nonNull.ResolvedType),
        ListGraphType list => Unwrap(list.ResolvedType),
        _ => type,
    };
}
