using System.Globalization;

namespace FinalAccounts.Api.Operations;

/// <summary>
/// The rate-limit headers of every limited response. <c>X-RateLimit-*</c> describe the request bucket
/// (<c>Limit</c>: its size; <c>Remaining</c>: requests left now; <c>Reset</c>: seconds until it is full again),
/// <c>X-RateLimit-Cost-*</c> the cost bucket the same way, after this request's cost was charged.
/// </summary>
public static class RateLimitHeaders
{
    public const string Limit = "X-RateLimit-Limit";
    public const string Remaining = "X-RateLimit-Remaining";
    public const string Reset = "X-RateLimit-Reset";
    public const string CostLimit = "X-RateLimit-Cost-Limit";
    public const string CostRemaining = "X-RateLimit-Cost-Remaining";
    public const string CostReset = "X-RateLimit-Cost-Reset";

    /// <summary>Every header a browser script may read on a cross-origin response.</summary>
    public static readonly string[] All = [Limit, Remaining, Reset, CostLimit, CostRemaining, CostReset];

    public static void WriteRequests(HttpResponse response, BucketState state)
    {
        response.Headers[Limit] = Whole(state.Capacity);
        response.Headers[Remaining] = state.Remaining.ToString(CultureInfo.InvariantCulture);
        response.Headers[Reset] = state.SecondsUntilFull.ToString(CultureInfo.InvariantCulture);
    }

    public static void WriteCost(HttpResponse response, BucketState state)
    {
        response.Headers[CostLimit] = Whole(state.Capacity);
        response.Headers[CostRemaining] = state.Remaining.ToString(CultureInfo.InvariantCulture);
        response.Headers[CostReset] = state.SecondsUntilFull.ToString(CultureInfo.InvariantCulture);
    }

    private static string Whole(double value) => ((long)Math.Floor(value)).ToString(CultureInfo.InvariantCulture);
}
