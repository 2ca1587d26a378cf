using Microsoft.Net.Http.Headers;

namespace FinalAccounts.Api.Operations;

public static class OpenCors
{
    private const string Policy = "open-data";

    /// <summary>
    /// Any origin may call the API, without credentials (<c>Access-Control-Allow-Origin: *</c>), with GET and
    /// POST and the headers of <see cref="OpenCorsOptions"/>; scripts may read the rate-limit headers,
    /// <c>Retry-After</c> and <c>ETag</c>.
    /// </summary>
    public static WebApplicationBuilder AddOpenCors(this WebApplicationBuilder builder)
    {
        var options = OperationsOptions.From(builder.Configuration).Cors;
        builder.Services.AddCors(cors => cors.AddPolicy(Policy, policy => policy
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Post)
            .WithHeaders(options.EffectiveAllowedHeaders)
            .WithExposedHeaders([HeaderNames.ETag, HeaderNames.RetryAfter, .. RateLimitHeaders.All])
            .SetPreflightMaxAge(options.PreflightMaxAge)));
        return builder;
    }

    /// <summary>Answers preflights and adds the CORS headers to every response, refusals included.</summary>
    public static IApplicationBuilder UseOpenCors(this IApplicationBuilder app) => app.UseCors(Policy);
}
