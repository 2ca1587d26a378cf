namespace FinalAccounts.Api.Snapshot;

/// <summary>
/// What tells one snapshot file from the next at the same path: a rebuild writes a new file and renames
/// it into place, so its size or modification time (nanoseconds on Linux) differs.
/// </summary>
public sealed record SnapshotFileIdentity(long Length, DateTime LastWriteUtc)
{
    /// <summary>The identity of the file at <paramref name="path"/>, or <see langword="null"/> when there is none.</summary>
    public static SnapshotFileIdentity? Of(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? new SnapshotFileIdentity(file.Length, file.LastWriteTimeUtc) : null;
    }
}
