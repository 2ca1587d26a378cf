namespace FinalAccounts.Api.Snapshot;

/// <summary>
/// The snapshot this server serves, swappable while it runs: a rebuilt file renamed into place at
/// <see cref="Path"/> is opened, verified and then served to new requests, while requests already
/// running finish on the version they started with (see <see cref="SnapshotSession"/>).
/// </summary>
public sealed class ServedSnapshot
{
    private readonly Lock _refreshing = new();
    private SnapshotVersion _current;
    private SnapshotFileIdentity? _rejected;

    /// <summary>Opens and verifies the snapshot at <paramref name="path"/>; throws when there is none or it is no snapshot.</summary>
    public ServedSnapshot(string path, TimeProvider? clock = null)
    {
        Path = System.IO.Path.GetFullPath(path);
        Clock = clock ?? TimeProvider.System;
        _current = SnapshotVersion.Open(Path, 1, Clock);
    }

    /// <summary>The snapshot file's full path.</summary>
    public string Path { get; }

    /// <summary>The version new requests get.</summary>
    public SnapshotVersion Current => Volatile.Read(ref _current);

    private TimeProvider Clock { get; }

    /// <summary>
    /// Looks at the file and serves it when it is a new one that opens and verifies. Temporary files of a
    /// build in progress have other names and are never looked at; a file that is missing or fails
    /// verification leaves the current version served.
    /// </summary>
    public SnapshotRefresh Refresh()
    {
        lock (_refreshing)
        {
            var served = Current;
            var seen = SnapshotFileIdentity.Of(Path);
            if (seen is null) return SnapshotRefresh.Missing(served);
            if (seen == served.File || seen == _rejected) return SnapshotRefresh.Unchanged(served);

            SnapshotVersion next;
            try
            {
                next = SnapshotVersion.Open(Path, served.Number + 1, Clock);
            }
            catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException or InvalidDataException)
            {
                _rejected = seen;
                return SnapshotRefresh.Rejected(served, e);
            }

            _rejected = null;
            Volatile.Write(ref _current, next);
            // Requests running on the previous version keep their open connection; its idle ones are closed.
            ReadOnlySnapshotConnection.ClearPool(served.ConnectionString);
            return SnapshotRefresh.Swapped(served, next);
        }
    }
}
