using System.Reflection;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>Rows of <typeparamref name="T"/> by one column (its key, or the key column pointing back to a parent): one compiled WHERE IN per batch.</summary>
public sealed class EntityBatch<T, TKey>(RequestBatches batches, PropertyInfo match, Func<object, object?> read) : Batch<TKey, T?>
    where T : class
    where TKey : notnull
{
    private readonly CompiledLookups<T, TKey> _queries = CompiledLookups<T, TKey>.For(match);

    protected override T? Missing => null;

    protected override async Task LoadAsync(IReadOnlyList<TKey> keys, Dictionary<TKey, T?> results, CancellationToken cancellationToken)
    {
        var rows = keys.Count == 1
            ? _queries.One(batches.Db, keys[0])
            : _queries.Many(batches.Db, keys as List<TKey> ?? [.. keys]);
        await foreach (var row in rows.WithCancellation(cancellationToken))
            if (read(row) is TKey key)
                results.TryAdd(key, row);
    }
}
