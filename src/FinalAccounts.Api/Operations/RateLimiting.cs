namespace FinalAccounts.Api.Operations;

public static class RateLimiting
{
    /// <summary>Registers the per-client buckets of <c>Operations:RateLimits</c>.</summary>
    public static WebApplicationBuilder AddRateLimits(this WebApplicationBuilder builder)
    {
        var options = OperationsOptions.From(builder.Configuration).RateLimits;
        builder.Services.AddSingleton(services => new ClientBuckets(options, services.GetService<TimeProvider>() ?? TimeProvider.System));
        return builder;
    }

    /// <summary>Refuses clients over their request or cost budget (<see cref="RateLimitMiddleware"/>), unless disabled.</summary>
    public static IApplicationBuilder UseRateLimits(this IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<ClientBuckets>().Options.Enabled
            ? app.UseMiddleware<RateLimitMiddleware>()
            : app;
}
