namespace FinalAccounts.Api.Snapshot;

/// <summary>The outcomes of <see cref="ServedSnapshot.Refresh"/>.</summary>
public enum SnapshotRefreshOutcome
{
    /// <summary>The file is the one served (or one already rejected).</summary>
    Unchanged,

    /// <summary>No file at the path: the open version keeps being served.</summary>
    Missing,

    /// <summary>A new file that did not open or verify: the open version keeps being served.</summary>
    Rejected,

    /// <summary>A new file, verified and now served to new requests.</summary>
    Swapped,
}
