using GraphQL.DataLoader;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>A deferred field value that completes when its batch is loaded.</summary>
public sealed class BatchedValue<TKey, TValue>(Batch<TKey, TValue> batch, TKey key, Func<TValue, object?> select) : IDataLoaderResult
    where TKey : notnull
{
    public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default) =>
        select(await batch.GetAsync(key, cancellationToken));
}
