namespace FinalAccounts.Api.GraphQL.Conventions;

/// <summary>
/// A per-request batch: resolvers enqueue keys and get a deferred result; the execution strategy
/// completes deferred results only after every other pending field, so the first completion loads all
/// keys enqueued so far in one statement. Loaded values are kept for the rest of the request.
/// </summary>
public abstract class Batch<TKey, TValue> where TKey : notnull
{
    private readonly HashSet<TKey> _pending = [];
    private readonly Dictionary<TKey, TValue> _loaded = [];

    /// <summary>The value now when it is already loaded, else a deferred result that loads it with its batch.</summary>
    public object? Request(TKey key, Func<TValue, object?> select)
    {
        if (_loaded.TryGetValue(key, out var value)) return select(value);
        _pending.Add(key);
        return new BatchedValue<TKey, TValue>(this, key, select);
    }

    public void Enqueue(TKey key)
    {
        if (!_loaded.ContainsKey(key)) _pending.Add(key);
    }

    /// <summary>Whether a statement of this batch has run (what it read is kept for the rest of the request).</summary>
    public bool HasLoaded { get; private set; }

    public async ValueTask<TValue> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        if (_loaded.TryGetValue(key, out var value)) return value;
        if (_pending.Count > 0)
        {
            HasLoaded = true;
            var keys = _pending.ToList();
            _pending.Clear();
            await LoadAsync(keys, _loaded, cancellationToken);
            foreach (var k in keys)
                _loaded.TryAdd(k, Missing);
        }
        return _loaded.TryGetValue(key, out value) ? value : Missing;
    }

    /// <summary>Loads the values of <paramref name="keys"/> into <paramref name="results"/>, in one statement.</summary>
    protected abstract Task LoadAsync(IReadOnlyList<TKey> keys, Dictionary<TKey, TValue> results, CancellationToken cancellationToken);

    /// <summary>The value of a key that has no row.</summary>
    protected abstract TValue Missing { get; }
}
