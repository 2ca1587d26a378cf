using FinalAccounts.Api.GraphQL.Conventions.Sql;
using FinalAccounts.Data.Storage;

namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>The batches of one request (scoped), over the request's read-only snapshot context.</summary>
public sealed class RequestBatches(SnapshotContext db, SqlMode mode)
{
    private readonly Dictionary<object, object> _batches = [];

    public SnapshotContext Db { get; } = db;

    /// <summary>Whether batches write their statements directly when they can (<see cref="SqlMode"/>).</summary>
    public bool Direct { get; } = mode.Direct;

    public TBatch GetOrAdd<TBatch, TState>(object key, TState state, Func<TState, RequestBatches, TBatch> create)
        where TBatch : class
    {
        if (_batches.TryGetValue(key, out var existing)) return (TBatch)existing;
        var batch = create(state, this);
        _batches.Add(key, batch);
        return batch;
    }
}
