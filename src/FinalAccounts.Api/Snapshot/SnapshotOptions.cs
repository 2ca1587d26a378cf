namespace FinalAccounts.Api.Snapshot;

/// <summary>Where the served snapshot lives and whether to build it from the reports at start-up.</summary>
public sealed class SnapshotOptions
{
    /// <summary>Snapshot file; relative paths are taken from the repository root.</summary>
    public string Path { get; set; } = "data/snapshot.db";

    /// <summary>Folder of published reports the default snapshot is built from.</summary>
    public string ReportsPath { get; set; } = "data/reports";

    /// <summary>Build the snapshot at start-up when it is missing or older than the reports.</summary>
    public bool BuildIfStale { get; set; } = true;
}
