using GraphQL.DI;

namespace FinalAccounts.Api.Operations;

public static class RequestLogging
{
    /// <summary>Registers the in-flight counter and the capture of GraphQL operation names.</summary>
    public static WebApplicationBuilder AddRequestLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<InFlightRequests>();
        builder.Services.AddSingleton<IConfigureExecution, OperationNameCapture>();
        return builder;
    }

    /// <summary>Logs one structured entry per request (<see cref="RequestLogMiddleware"/>).</summary>
    public static IApplicationBuilder UseRequestLogging(this IApplicationBuilder app) =>
        app.UseMiddleware<RequestLogMiddleware>();
}
