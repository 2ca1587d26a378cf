namespace FinalAccounts.Api.Operations;

/// <summary>
/// The global limit on requests running at once. SQLite reads are synchronous I/O on the request's thread,
/// so more requests running than about twice the cores only adds contention; a few more wait in a queue,
/// and the rest are answered 503 at once rather than piling up.
/// </summary>
public sealed class ConcurrencyLimitOptions
{
    /// <summary>Requests running at once; 0 means twice the number of processors.</summary>
    public int PermitLimit { get; set; }

    /// <summary>Requests waiting for a permit, oldest first. Default 64.</summary>
    public int QueueLimit { get; set; } = 64;

    /// <summary>The <c>Retry-After</c> of a 503, in seconds. Default 1.</summary>
    public int RetryAfterSeconds { get; set; } = 1;

    /// <summary>The permit limit in effect.</summary>
    public int EffectivePermitLimit => PermitLimit > 0 ? PermitLimit : 2 * Environment.ProcessorCount;
}
