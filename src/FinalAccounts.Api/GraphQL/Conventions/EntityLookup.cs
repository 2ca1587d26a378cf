using System.Reflection;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>Rows of <typeparamref name="T"/> by key, batched per request with every other lookup of the same type.</summary>
public sealed class EntityLookup<T, TKey>(EntityMetadata entity) : IEntityLookup
    where T : class
    where TKey : notnull
{
    private static readonly Func<T?, object?> Identity = v => v;

    public object? Request(RequestBatches batches, object key) =>
        Batch(batches, entity.Key, entity.KeyGetter).Request((TKey)key, Identity);

    /// <summary>The batch of <typeparamref name="T"/> rows matched on <paramref name="match"/>, shared by all fields of the request.</summary>
    public static EntityBatch<T, TKey> Batch(RequestBatches batches, PropertyInfo match, Func<object, object?> read) =>
        batches.GetOrAdd(match, (match, read), static (state, b) => new EntityBatch<T, TKey>(b, state.match, state.read));
}
