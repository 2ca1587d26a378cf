namespace FinalAccounts.Api.Snapshot;

/// <summary>What one look at the snapshot file found.</summary>
public sealed record SnapshotRefresh(SnapshotRefreshOutcome Outcome, SnapshotVersion Served, SnapshotVersion? Previous = null, Exception? Error = null)
{
    public static SnapshotRefresh Unchanged(SnapshotVersion served) => new(SnapshotRefreshOutcome.Unchanged, served);

    public static SnapshotRefresh Missing(SnapshotVersion served) => new(SnapshotRefreshOutcome.Missing, served);

    public static SnapshotRefresh Rejected(SnapshotVersion served, Exception error) => new(SnapshotRefreshOutcome.Rejected, served, Error: error);

    public static SnapshotRefresh Swapped(SnapshotVersion previous, SnapshotVersion served) => new(SnapshotRefreshOutcome.Swapped, served, previous);
}
