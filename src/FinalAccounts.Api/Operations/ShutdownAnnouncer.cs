namespace FinalAccounts.Api.Operations;

/// <summary>Logs, when shutdown begins, how many requests are still being answered and how long they have.</summary>
internal sealed class ShutdownAnnouncer(IHostApplicationLifetime lifetime, IConfiguration configuration, ILogger<ShutdownAnnouncer> logger, InFlightRequests? inFlight = null) : IHostedService
{
    private CancellationTokenRegistration _stopping;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var timeout = OperationsOptions.From(configuration).ShutdownTimeout;
        _stopping = lifetime.ApplicationStopping.Register(() =>
            logger.LogInformation("Shutting down: no new connections; {InFlight} requests in flight get up to {ShutdownTimeout} to finish",
                inFlight?.Count ?? 0, timeout));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping.Dispose();
        return Task.CompletedTask;
    }
}
