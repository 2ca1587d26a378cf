using System.Reflection;
using GraphQL;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>Rows of <typeparamref name="T"/> by key, batched per request with every other lookup of the same type.</summary>
public sealed class EntityLookup<T, TKey>(EntityMetadata entity) : IEntityLookup
    where T : class
    where TKey : notnull
{
    private static readonly Func<T?, object?> Identity = v => v;

    public object? Request(object key, IResolveFieldContext context) =>
        Batch(context.RequestServices!.GetRequiredService<RequestBatches>(), entity, entity.Key, entity.KeyGetter, context).Request((TKey)key, Identity);

    /// <summary>
    /// The batch of <typeparamref name="T"/> rows matched on <paramref name="match"/> for the field of <paramref name="context"/>:
    /// the request's batch for that column, widened to the columns the field reads while it has read nothing, or a new
    /// one when it has read rows without them. The columns of a field are worked out once per request.
    /// </summary>
    public static EntityBatch<T, TKey> Batch(RequestBatches batches, EntityMetadata entity, PropertyInfo match, Func<object, object?> read,
        IResolveFieldContext context)
    {
        var field = batches.GetOrAdd((entity, match, context.FieldAst), (entity, match, context),
            static (state, _) => new FieldColumns(RowProjection.ForObject(state.entity, state.context, state.match)));
        var shared = batches.GetOrAdd(match, (match, read), static (state, b) => new SharedBatch(new EntityBatch<T, TKey>(b, state.match, state.read)));
        if (!field.Joined || !shared.Current.Covers(field.Columns))
        {
            if (!shared.Current.HasLoaded) shared.Current.Widen(field.Columns);
            else if (!shared.Current.Covers(field.Columns))
            {
                shared.Current = new EntityBatch<T, TKey>(batches, match, read);
                shared.Current.Widen(field.Columns);
            }
            field.Joined = true;
        }
        return shared.Current;
    }

    /// <summary>The columns one field of the query reads, and whether they were added to the shared batch.</summary>
    private sealed class FieldColumns(IReadOnlySet<PropertyInfo>? columns)
    {
        public IReadOnlySet<PropertyInfo>? Columns { get; } = columns;
        public bool Joined { get; set; }
    }

    private sealed class SharedBatch(EntityBatch<T, TKey> current)
    {
        public EntityBatch<T, TKey> Current { get; set; } = current;
    }
}
