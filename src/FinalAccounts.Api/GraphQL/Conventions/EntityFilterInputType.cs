using GraphQL.Types;
using static FinalAccounts.Api.GraphQL.Conventions.Fields;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>The `where` input of an entity (HotChocolate's XFilterInput), generated from its metadata.</summary>
public sealed class EntityFilterInputType : InputObjectGraphType
{
    public EntityFilterInputType(EntityMetadata entity)
    {
        Entity = entity;
        Name = entity.TypeName + "FilterInput";
        Description = $"Conditions on {Naming.Words(entity.TypeName)} rows, evaluated in SQL. All given fields must hold; combine with `and`/`or`.";
    }

    public EntityMetadata Entity { get; }

    /// <summary>Second phase: fields refer to other filter inputs, which must exist first.</summary>
    internal void Populate(ConventionTypes types)
    {
        AddField(Input("and", ListOfNonNull(this), "All of these conditions hold."));
        AddField(Input("or", ListOfNonNull(this), "At least one of these conditions holds."));
        AddField(Input("id", types.IdFilter, "Conditions on the global id."));
        foreach (var scalar in Entity.Scalars)
            if (scalar.Filterable)
                AddField(Input(scalar.Name, types.OperationFilter(scalar), scalar.Description));
        foreach (var relation in Entity.Relations)
        {
            if (!relation.Filterable) continue;
            AddField(relation.IsCollection
                ? Input(relation.Name, types.ListFilter(relation.Target), $"Conditions on the {Naming.Words(relation.Name)} of the row: some, all, none or any.")
                : Input(relation.Name, types.Filter(relation.Target), $"Conditions on the {Naming.Words(relation.Target.TypeName)} of the row; a row without one does not match."));
        }
    }
}
