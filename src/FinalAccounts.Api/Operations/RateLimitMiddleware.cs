using System.Globalization;

namespace FinalAccounts.Api.Operations;

/// <summary>
/// Per-client rate limits (<see cref="RateLimitOptions"/>). A request is refused 429 <c>COST_LIMITED</c> while
/// the client's cost budget is spent, and 429 <c>RATE_LIMITED</c> when its request bucket is empty, with
/// <c>Retry-After</c>; otherwise it takes one request token and runs, and its cost
/// (<see cref="RequestItems.Cost"/>, known once it ran) is charged to the cost budget before the answer
/// leaves. Every limited response carries <see cref="RateLimitHeaders"/>. Health endpoints are exempt.
/// </summary>
public sealed class RateLimitMiddleware(RequestDelegate next, ClientBuckets buckets)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (ExemptFromLimits.Applies(context))
        {
            await next(context);
            return;
        }

        var client = ClientAddress.KeyOf(context);
        var requests = buckets.RequestsOf(client);
        var cost = buckets.CostOf(client);

        var budget = cost.Peek();
        if (!budget.Has(1))
        {
            RateLimitHeaders.WriteRequests(context.Response, requests.Peek());
            RateLimitHeaders.WriteCost(context.Response, budget);
            await RefuseAsync(context, budget.SecondsUntil(1), "COST_LIMITED",
                $"The query cost budget of this address ({Whole(budget.Capacity)} per hour, counted in extensions.cost) is spent.");
            return;
        }

        if (!requests.TryTake(1, out var allowance))
        {
            RateLimitHeaders.WriteRequests(context.Response, allowance);
            RateLimitHeaders.WriteCost(context.Response, budget);
            await RefuseAsync(context, allowance.SecondsUntil(1), "RATE_LIMITED",
                $"Too many requests from this address: {Whole(buckets.Options.RequestsPerHour)} per hour are allowed.");
            return;
        }

        RateLimitHeaders.WriteRequests(context.Response, allowance);
        var charged = false;
        // The cost is known once the query ran, which is before its answer is written: charge it then,
        // so the cost headers already count this request.
        context.Response.OnStarting(() =>
        {
            RateLimitHeaders.WriteCost(context.Response, Charge(context, cost, ref charged) ?? cost.Peek());
            return Task.CompletedTask;
        });

        await next(context);
        Charge(context, cost, ref charged);
    }

    private static BucketState? Charge(HttpContext context, TokenBucket cost, ref bool charged)
    {
        if (charged || RequestItems.CostOf(context) is not { } amount || amount <= 0) return null;
        charged = true;
        return cost.Charge(amount);
    }

    private static Task RefuseAsync(HttpContext context, long retryAfter, string code, string message)
    {
        context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        return ErrorResponse.WriteAsync(context, StatusCodes.Status429TooManyRequests, code,
            $"{message} Retry after {retryAfter} s.", json => json.WriteNumber("retryAfter", retryAfter));
    }

    private static string Whole(double value) => Math.Floor(value).ToString("N0", CultureInfo.InvariantCulture);
}
