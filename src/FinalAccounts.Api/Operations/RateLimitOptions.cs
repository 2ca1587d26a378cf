namespace FinalAccounts.Api.Operations;

/// <summary>
/// Per-client limits: a token bucket of requests and one of query cost, both refilled continuously.
/// A client is an IPv4 address or an IPv6 /64 network (one subscriber's usual allocation).
/// </summary>
public sealed class RateLimitOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Requests a client regains per hour. Default 1,000.</summary>
    public double RequestsPerHour { get; set; } = 1_000;

    /// <summary>Size of the request bucket: how many requests may come at once after a quiet spell. Default 1,000 (an hour's allowance).</summary>
    public double RequestBurst { get; set; } = 1_000;

    /// <summary>
    /// Query cost (the worst-case number of nodes a query can return, as reported in <c>extensions.cost</c>)
    /// a client regains per hour. Default 250,000: 1,000 requests of 250 nodes, or 25 of the maximal 10,000.
    /// </summary>
    public double CostPerHour { get; set; } = 250_000;

    /// <summary>Size of the cost bucket. Default 250,000.</summary>
    public double CostBurst { get; set; } = 250_000;
}
