using System.Globalization;
using System.Threading.RateLimiting;

namespace FinalAccounts.Api.Operations;

/// <summary>
/// The global concurrency limit (<see cref="ConcurrencyLimitOptions"/>): a request runs when a permit is
/// free, waits in a short queue (oldest first) when none is, and is answered 503 <c>SERVER_BUSY</c> with
/// <c>Retry-After</c> when the queue is full too. Health endpoints are exempt.
/// </summary>
public sealed class ConcurrencyLimitMiddleware(RequestDelegate next, ConcurrencyLimiter limiter, ConcurrencyLimitOptions options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (ExemptFromLimits.Applies(context))
        {
            await next(context);
            return;
        }

        RateLimitLease lease;
        try
        {
            lease = await limiter.AcquireAsync(1, context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return; // The client left while waiting: nobody to answer.
        }

        using (lease)
        {
            if (!lease.IsAcquired)
            {
                context.Response.Headers.RetryAfter = options.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                await ErrorResponse.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, "SERVER_BUSY",
                    $"The server is at its limit of {options.EffectivePermitLimit} requests at once plus {options.QueueLimit} waiting. Retry after {options.RetryAfterSeconds} s.",
                    json => json.WriteNumber("retryAfter", options.RetryAfterSeconds));
                return;
            }

            await next(context);
        }
    }
}
