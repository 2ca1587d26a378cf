using FinalAccounts.Data.Storage;
using FinalAccounts.Ingest.Snapshot;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FinalAccounts.Api.Snapshot;

public static class SnapshotServiceCollectionExtensions
{
    /// <summary>
    /// Resolves the snapshot path, builds the snapshot from the reports when it is missing or stale, opens
    /// and verifies it (<see cref="ServedSnapshot"/>), watches it for a rebuilt file
    /// (<see cref="SnapshotWatcher"/>), and registers a no-tracking <see cref="SnapshotContext"/> per request,
    /// leased from a pool, over the request's read-only connection (<see cref="SnapshotSession"/>).
    /// </summary>
    public static WebApplicationBuilder AddSnapshot(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection("Snapshot");
        var options = section.Get<SnapshotOptions>() ?? new SnapshotOptions();
        var start = Directory.GetCurrentDirectory();
        var path = RepositoryRoot.Resolve(options.Path, start);
        var reports = RepositoryRoot.Resolve(options.ReportsPath, start);

        if (options.BuildIfStale && SnapshotBuilder.IsStale(path, reports))
        {
            var result = SnapshotBuilder.Build(reports, path, Console.Out, writePartial: true);
            if (!File.Exists(path))
                throw new InvalidOperationException($"No snapshot at {path}: building it from {reports} failed ({result.FailedCount} documents failed).");
        }
        if (!File.Exists(path))
            throw new FileNotFoundException($"Snapshot not found: {path}. Build it with `finalaccounts build`.", path);

        builder.Services.Configure<SnapshotOptions>(section);
        builder.Services.AddSingleton(new ServedSnapshot(path));
        if (options.Watch) builder.Services.AddHostedService<SnapshotWatcher>();

        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<SnapshotSession>();
        // Contexts are pooled (creating one per request cost a fifth of a lookup); each lease is pointed at
        // its request's connection, and interrupts reach the request's session through that connection.
        builder.Services.AddPooledDbContextFactory<SnapshotContext>((services, o) => o
            .UseSqlite()
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            // EF Core logs a statement interrupted because its request ended or timed out as a failed command.
            // It is not one; a real failure is logged in full where it surfaces (the GraphQL transport masks it
            // and logs it with its trace id; elsewhere ASP.NET Core logs the unhandled exception).
            .ConfigureWarnings(w => w.Log((RelationalEventId.CommandError, LogLevel.Debug), (CoreEventId.QueryIterationFailed, LogLevel.Debug)))
            .AddInterceptors(new SqliteInterruptInterceptor())
            .AddInterceptors(services.GetServices<IInterceptor>()));
        builder.Services.AddScoped(services =>
        {
            var context = services.GetRequiredService<IDbContextFactory<SnapshotContext>>().CreateDbContext();
            context.Database.SetDbConnection(services.GetRequiredService<SnapshotSession>().Connection);
            return context;
        });
        return builder;
    }
}
