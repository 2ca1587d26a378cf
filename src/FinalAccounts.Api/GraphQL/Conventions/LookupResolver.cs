using GraphQL;
using GraphQL.Resolvers;
using Microsoft.Extensions.DependencyInjection;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>Resolves a lookup by global id of one entity type; an id of another type finds nothing.</summary>
public sealed class LookupResolver(EntityMetadata entity, IEntityLookup lookup) : IFieldResolver
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var id = Arguments.Raw(context, "id") as string;
        if (!GlobalId.TryParse(id, out var typeName, out var raw) || typeName != entity.TypeName || entity.ParseKey(raw) is not { } key)
            return default;
        return new ValueTask<object?>(lookup.Request(key, context));
    }
}
