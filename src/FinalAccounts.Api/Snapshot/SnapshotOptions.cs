namespace FinalAccounts.Api.Snapshot;

/// <summary>Where the served snapshot lives, whether to build it at start-up, and how a rebuilt one is noticed.</summary>
public sealed class SnapshotOptions
{
    /// <summary>Snapshot file; relative paths are taken from the repository root.</summary>
    public string Path { get; set; } = "data/snapshot.db";

    /// <summary>Folder of published reports the default snapshot is built from.</summary>
    public string ReportsPath { get; set; } = "data/reports";

    /// <summary>Build the snapshot at start-up when it is missing or older than the reports.</summary>
    public bool BuildIfStale { get; set; } = true;

    /// <summary>Serve a snapshot renamed into place at <see cref="Path"/> without a restart.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>
    /// How often the file is checked even without a file-system event (events can be lost, or
    /// unavailable when the system's watcher limit is reached). Default 5 s.
    /// </summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(5);
}
