using FinalAccounts.Api.GraphQL.Conventions;
using GraphQL;
using GraphQL.Types;
using static FinalAccounts.Api.GraphQL.Conventions.Fields;

namespace FinalAccounts.Api.GraphQL.Nodes;

/// <summary>Relay's node(id) and nodes(ids): any object by its global id, batched per type.</summary>
public sealed class NodeQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query, ConventionTypes types)
    {
        query.AddField(Output("node", types.Node, "Any object by its global id; null when no such object exists.",
            new AsyncResolver(context => new ValueTask<object?>(Find(context, types, Arguments.Raw(context, "id") as string))),
            new QueryArguments(Argument("id", NonNull(types.Scalars.Id), "Global id of the object."))));
        query.AddField(Output("nodes", NonNull(ListOf(types.Node)), "Objects by their global ids, in the order asked; null where no such object exists. Loaded in one statement per type.",
            new AsyncResolver(context =>
            {
                var ids = Arguments.Raw(context, "ids") as IEnumerable<object?> ?? [];
                return new ValueTask<object?>(new BatchedList(ids.Select(id => Find(context, types, id as string)).ToList()));
            }),
            new QueryArguments(Argument("ids", NonNull(ListOfNonNull(types.Scalars.Id)), "Global ids of the objects."))));
    }

    private static object? Find(IResolveFieldContext context, ConventionTypes types, string? id)
    {
        if (!GlobalId.TryParse(id, out var typeName, out var raw))
            throw ApiError.Create(ApiError.InvalidId, $"`{id}` is not a global id.");
        if (types.Catalog.FindByName(typeName) is not { } entity || entity.ParseKey(raw) is not { } key) return null;
        return types.Lookup(entity).Request(key, context);
    }
}
