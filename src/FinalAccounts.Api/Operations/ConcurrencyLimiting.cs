using System.Threading.RateLimiting;

namespace FinalAccounts.Api.Operations;

public static class ConcurrencyLimiting
{
    /// <summary>Registers the one <see cref="ConcurrencyLimiter"/> of <c>Operations:Concurrency</c>.</summary>
    public static WebApplicationBuilder AddConcurrencyLimit(this WebApplicationBuilder builder)
    {
        var options = OperationsOptions.From(builder.Configuration).Concurrency;
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = options.EffectivePermitLimit,
            QueueLimit = Math.Max(0, options.QueueLimit),
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        }));
        return builder;
    }

    /// <summary>Runs at most the configured number of requests at once (<see cref="ConcurrencyLimitMiddleware"/>).</summary>
    public static IApplicationBuilder UseConcurrencyLimit(this IApplicationBuilder app) =>
        app.UseMiddleware<ConcurrencyLimitMiddleware>();
}
