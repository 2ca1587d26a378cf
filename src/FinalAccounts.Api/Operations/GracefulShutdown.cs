namespace FinalAccounts.Api.Operations;

public static class GracefulShutdown
{
    /// <summary>
    /// On SIGTERM or Ctrl+C the server stops accepting connections, reports not ready
    /// (<see cref="HealthEndpoints"/>), and gives requests in flight <c>Operations:ShutdownTimeout</c>
    /// (default 30 s) to finish before their connections are closed.
    /// </summary>
    public static WebApplicationBuilder AddGracefulShutdown(this WebApplicationBuilder builder)
    {
        var timeout = OperationsOptions.From(builder.Configuration).ShutdownTimeout;
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = timeout);
        builder.Services.AddHostedService<ShutdownAnnouncer>();
        return builder;
    }
}
