namespace FinalAccounts.Api.Operations;

/// <summary>The number of requests being answered right now, counted by the request log.</summary>
public sealed class InFlightRequests
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    internal void Enter() => Interlocked.Increment(ref _count);

    internal void Leave() => Interlocked.Decrement(ref _count);
}
