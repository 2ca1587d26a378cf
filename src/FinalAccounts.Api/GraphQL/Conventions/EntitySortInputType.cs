using GraphQL.Types;
using static FinalAccounts.Api.GraphQL.Conventions.Fields;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>The `order` input of an entity (HotChocolate's XSortInput), generated from its metadata.</summary>
public sealed class EntitySortInputType : InputObjectGraphType
{
    public EntitySortInputType(EntityMetadata entity)
    {
        Entity = entity;
        Name = entity.TypeName + "SortInput";
        Description = $"Sort keys of {Naming.Words(entity.TypeName)} rows. Give one field per entry; several entries sort by several keys, in order. The key sorts last, so pages are stable.";
    }

    public EntityMetadata Entity { get; }

    internal void Populate(ConventionTypes types)
    {
        AddField(Input("id", types.SortEnum, "Sort by the row's key."));
        foreach (var scalar in Entity.Scalars)
            if (scalar.Sortable)
                AddField(Input(scalar.Name, types.SortEnum, "Sort by: " + scalar.Description));
        foreach (var relation in Entity.Relations)
            if (relation.Filterable && !relation.IsCollection)
                AddField(Input(relation.Name, types.Sort(relation.Target), $"Sort by fields of the {Naming.Words(relation.Target.TypeName)}."));
    }
}
