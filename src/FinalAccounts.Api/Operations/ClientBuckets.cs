using System.Collections.Concurrent;

namespace FinalAccounts.Api.Operations;

/// <summary>
/// The request and cost buckets of every client seen recently. A full bucket holds nothing worth keeping,
/// so buckets that are full again are dropped from time to time and memory follows the active clients only.
/// </summary>
public sealed class ClientBuckets(RateLimitOptions options, TimeProvider clock)
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, TokenBucket> _requests = new();
    private readonly ConcurrentDictionary<string, TokenBucket> _costs = new();
    private long _lastSweep = clock.GetTimestamp();

    public RateLimitOptions Options => options;

    /// <summary>Number of clients with a bucket in memory.</summary>
    public int Count => _requests.Count;

    public TokenBucket RequestsOf(string client) =>
        Bucket(_requests, client, options.RequestBurst, options.RequestsPerHour);

    public TokenBucket CostOf(string client) =>
        Bucket(_costs, client, options.CostBurst, options.CostPerHour);

    private TokenBucket Bucket(ConcurrentDictionary<string, TokenBucket> buckets, string client, double capacity, double perHour)
    {
        SweepWhenDue();
        return buckets.GetOrAdd(client, static (_, a) => new TokenBucket(a.capacity, a.perHour / 3600, a.clock), (capacity, perHour, clock));
    }

    private void SweepWhenDue()
    {
        var last = Interlocked.Read(ref _lastSweep);
        var now = clock.GetTimestamp();
        if (clock.GetElapsedTime(last, now) < SweepInterval || Interlocked.CompareExchange(ref _lastSweep, now, last) != last) return;
        Sweep(_requests);
        Sweep(_costs);
    }

    private static void Sweep(ConcurrentDictionary<string, TokenBucket> buckets)
    {
        foreach (var entry in buckets)
            if (entry.Value.Peek().IsFull)
                buckets.TryRemove(entry);
    }
}
