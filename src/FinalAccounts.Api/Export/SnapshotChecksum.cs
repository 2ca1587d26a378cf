using System.Security.Cryptography;
using FinalAccounts.Api.Snapshot;

namespace FinalAccounts.Api.Export;

/// <summary>
/// The SHA-256 of the served snapshot file, computed once and again only when the file changes (a rebuild
/// renames a new file into place), so downloads can be checked with <c>sha256sum -c</c>.
/// </summary>
public sealed class SnapshotChecksum(ServedSnapshot snapshot)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile Known? _known;

    public string Path => snapshot.Path;

    /// <summary>Lowercase hex SHA-256 of the file's bytes.</summary>
    public async Task<string> Sha256Async(CancellationToken cancellationToken)
    {
        var file = new FileInfo(snapshot.Path);
        if (_known is { } known && known.Matches(file)) return known.Sha256;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            file.Refresh();
            if (_known is { } again && again.Matches(file)) return again.Sha256;
            await using var stream = new FileStream(snapshot.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16, useAsync: true);
            var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
            _known = new Known(file.Length, file.LastWriteTimeUtc, hash);
            return hash;
        }
        finally
        {
            _gate.Release();
        }
    }

    private sealed record Known(long Length, DateTime Written, string Sha256)
    {
        public bool Matches(FileInfo file) => Length == file.Length && Written == file.LastWriteTimeUtc;
    }
}
