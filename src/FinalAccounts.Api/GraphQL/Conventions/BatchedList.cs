using GraphQL.DataLoader;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>A list whose items are deferred values: completing it completes them all (their batches load once).</summary>
public sealed class BatchedList(IReadOnlyList<object?> items) : IDataLoaderResult
{
    public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default)
    {
        var results = new object?[items.Count];
        for (var i = 0; i < items.Count; i++)
            results[i] = items[i] is IDataLoaderResult deferred ? await deferred.GetResultAsync(cancellationToken) : items[i];
        return results;
    }
}
