using FinalAccounts.Data.Storage;
using FinalAccounts.Ingest.Snapshot;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FinalAccounts.Api.Snapshot;

public static class SnapshotServiceCollectionExtensions
{
    /// <summary>
    /// Resolves the snapshot path, builds the snapshot from the reports when it is missing or stale,
    /// and registers a read-only, no-tracking <see cref="SnapshotContext"/> per request.
    /// </summary>
    public static WebApplicationBuilder AddSnapshot(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("Snapshot").Get<SnapshotOptions>() ?? new SnapshotOptions();
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

        builder.Services.AddSingleton(new ServedSnapshot(path));
        builder.Services.AddDbContext<SnapshotContext>((services, o) => o
            .UseSqlite(SnapshotFile.ReadOnlyConnectionString(path))
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            .AddInterceptors(services.GetServices<IInterceptor>()));
        return builder;
    }
}
