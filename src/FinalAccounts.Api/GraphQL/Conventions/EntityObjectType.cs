using GraphQL.Resolvers;
using GraphQL.Types;
using static FinalAccounts.Api.GraphQL.Conventions.Fields;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>
/// The object type of an entity, generated from its metadata: global id, raw key, scalar fields,
/// to-one relations (batched by key) and to-many relations with `where`/`order` (batched per field).
/// </summary>
public sealed class EntityObjectType : ObjectGraphType
{
    public EntityObjectType(EntityMetadata entity)
    {
        Entity = entity;
        Name = entity.TypeName;
        Description = entity.Description;
        var clr = entity.ClrType;
        IsTypeOf = value => value.GetType() == clr;
    }

    public EntityMetadata Entity { get; }

    internal void Populate(ConventionTypes types)
    {
        var entity = Entity;
        var typeName = entity.TypeName;
        AddField(Output("id", NonNull(types.Scalars.Id),
            $"Globally unique, stable id (base64 of \"{typeName}:key\"); `node(id)` returns this {Naming.Words(typeName)}.",
            new SourceResolver(row => GlobalId.Format(typeName, entity.FormatKey(row)))));
        AddResolvedInterface(types.Node);
        AddField(Output("key", NonNull(types.Scalars.String),
            "The raw key inside the global id. " + entity.KeyDescription,
            new SourceResolver(entity.FormatKey)));

        foreach (var scalar in entity.Scalars)
        {
            var type = scalar.Kind == ScalarKind.Enum ? types.Enum(scalar.ValueType) : types.Scalars.For(scalar.Kind);
            AddField(Output(scalar.Name, scalar.Nullable ? type : NonNull(type), scalar.Description, new SourceResolver(scalar.Getter)));
        }

        foreach (var relation in entity.Relations)
        {
            var target = types.Object(relation.Target);
            if (relation.IsCollection)
            {
                var arguments = new QueryArguments(
                    Argument("where", types.Filter(relation.Target), "Only rows matching these conditions."),
                    Argument("order", ListOfNonNull(types.Sort(relation.Target)), "Sort keys, in order; the key sorts last."),
                    Argument("first", types.Scalars.Int,
                        $"At most this many rows per parent, the first after `order` (at most {PagingArguments.MaxPageSize}; more is an error). Without it, every row."));
                AddField(Output(relation.Name, NonNull(ListOfNonNull(target)), relation.Description, Resolver(typeof(ToManyResolver<,>), relation), arguments));
            }
            else
            {
                AddField(Output(relation.Name, IsRequired(relation) ? NonNull(target) : target, relation.Description, Resolver(typeof(ToOneResolver<,>), relation)));
            }
        }
    }

    /// <summary>A to-one relation is non-null when its key column on this row is required and points at the target's key.</summary>
    private static bool IsRequired(EntityRelation relation)
    {
        if (relation.TargetMatch != relation.Target.Key) return false;
        var type = relation.SourceKey.PropertyType;
        if (type.IsValueType) return Nullable.GetUnderlyingType(type) is null;
        return new System.Reflection.NullabilityInfoContext().Create(relation.SourceKey).ReadState == System.Reflection.NullabilityState.NotNull;
    }

    private static IFieldResolver Resolver(Type open, EntityRelation relation) =>
        (IFieldResolver)Activator.CreateInstance(open.MakeGenericType(relation.Target.ClrType, relation.TargetMatch.PropertyType), relation)!;
}
