using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace FinalAccounts.Api.Snapshot;

/// <summary>
/// Notices a rebuilt snapshot renamed into place and has <see cref="ServedSnapshot"/> serve it: a
/// file-system watcher on the snapshot's own file name reacts at once, and a periodic check catches
/// what a watcher can miss (lost events, or no watcher at all when the system's limit is reached).
/// </summary>
internal sealed class SnapshotWatcher(ServedSnapshot served, IOptions<SnapshotOptions> options, ILogger<SnapshotWatcher> logger) : BackgroundService
{
    /// <summary>Events of one rename arrive together; one look after they settle is enough.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(50);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        using var watcher = Watch(changes.Writer);
        var interval = options.Value.CheckInterval > TimeSpan.Zero ? options.Value.CheckInterval : TimeSpan.FromSeconds(5);
        var missingReported = false;

        while (!stoppingToken.IsCancellationRequested)
        {
            using (var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken))
            {
                wait.CancelAfter(interval);
                try
                {
                    await changes.Reader.ReadAsync(wait.Token);
                    await Task.Delay(Settle, stoppingToken);
                    changes.Reader.TryRead(out _);
                }
                catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                {
                    // No event: the periodic look.
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }

            var refresh = served.Refresh();
            switch (refresh.Outcome)
            {
                case SnapshotRefreshOutcome.Swapped:
                    missingReported = false;
                    logger.LogInformation("Snapshot swapped: now serving {SnapshotId} ({SnapshotKind}, built {BuiltAt:o}) as version {Version}, replacing {PreviousSnapshotId}",
                        refresh.Served.Id, refresh.Served.Kind, refresh.Served.BuiltAt, refresh.Served.Number, refresh.Previous!.Id);
                    break;
                case SnapshotRefreshOutcome.Rejected:
                    logger.LogError(refresh.Error, "A new file at {SnapshotPath} is not a servable snapshot; still serving {SnapshotId}", served.Path, refresh.Served.Id);
                    break;
                case SnapshotRefreshOutcome.Missing when !missingReported:
                    missingReported = true;
                    logger.LogWarning("No file at {SnapshotPath}; still serving {SnapshotId} from the connections already open", served.Path, refresh.Served.Id);
                    break;
            }
        }
    }

    private FileSystemWatcher? Watch(ChannelWriter<bool> changes)
    {
        try
        {
            var watcher = new FileSystemWatcher(System.IO.Path.GetDirectoryName(served.Path)!, System.IO.Path.GetFileName(served.Path))
            {
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
            };
            FileSystemEventHandler changed = (_, _) => changes.TryWrite(true);
            watcher.Created += changed;
            watcher.Changed += changed;
            watcher.Renamed += (_, _) => changes.TryWrite(true);
            watcher.Error += (_, e) => logger.LogWarning(e.GetException(), "Snapshot file watcher failed; the periodic check goes on");
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception e) when (e is IOException or ArgumentException or PlatformNotSupportedException)
        {
            logger.LogWarning(e, "Cannot watch {SnapshotPath}; a new snapshot is noticed by the periodic check only", served.Path);
            return null;
        }
    }
}
