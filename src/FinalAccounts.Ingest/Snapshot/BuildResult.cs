using FinalAccounts.Data.Entities;

namespace FinalAccounts.Ingest.Snapshot;

/// <summary>The outcome of building a snapshot from a reports folder.</summary>
public sealed record BuildResult(IReadOnlyList<DocumentOutcome> Documents, SnapshotInfo? Snapshot, bool SnapshotWritten)
{
    public int FailedCount => Documents.Count(d => !d.Succeeded);
    public bool Succeeded => FailedCount == 0 && SnapshotWritten;
}
