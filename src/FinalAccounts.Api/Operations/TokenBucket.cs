namespace FinalAccounts.Api.Operations;

/// <summary>
/// A token bucket refilled continuously up to its capacity.
/// <see cref="TryTake"/> takes only what is there (a request takes its token before it runs);
/// <see cref="Charge"/> takes what is asked even into debt (a query's cost is known only after it ran, and a
/// client in debt waits until the bucket has refilled past it). Times are <see cref="TimeProvider"/> timestamps.
/// </summary>
public sealed class TokenBucket
{
    private readonly Lock _lock = new();
    private readonly double _capacity;
    private readonly double _refillPerSecond;
    private readonly TimeProvider _clock;
    private double _tokens;
    private long _updated;

    /// <summary>A full bucket.</summary>
    public TokenBucket(double capacity, double refillPerSecond, TimeProvider clock)
    {
        _capacity = capacity;
        _refillPerSecond = refillPerSecond;
        _clock = clock;
        _tokens = capacity;
        _updated = clock.GetTimestamp();
    }

    /// <summary>Takes <paramref name="amount"/> tokens when the bucket holds them.</summary>
    public bool TryTake(double amount, out BucketState state)
    {
        lock (_lock)
        {
            Refill();
            var taken = State().Has(amount);
            if (taken) _tokens -= amount;
            state = State();
            return taken;
        }
    }

    /// <summary>Takes <paramref name="amount"/> tokens, going into debt when the bucket holds fewer.</summary>
    public BucketState Charge(double amount)
    {
        lock (_lock)
        {
            Refill();
            _tokens -= amount;
            return State();
        }
    }

    /// <summary>The bucket as it is now.</summary>
    public BucketState Peek()
    {
        lock (_lock)
        {
            Refill();
            return State();
        }
    }

    private void Refill()
    {
        var now = _clock.GetTimestamp();
        var elapsed = _clock.GetElapsedTime(_updated, now).TotalSeconds;
        _updated = now;
        if (elapsed > 0) _tokens = Math.Min(_capacity, _tokens + elapsed * _refillPerSecond);
    }

    private BucketState State() => new(_tokens, _capacity, _refillPerSecond);
}
