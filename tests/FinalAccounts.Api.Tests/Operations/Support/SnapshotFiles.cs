using System.Security.Cryptography;
using FinalAccounts.Api.Tests.Support;
using FinalAccounts.Data.Entities;
using FinalAccounts.Ingest.Snapshot;
using FinalAccounts.Synthetic.Demo;
using FinalAccounts.Synthetic.Generation;
using Microsoft.Data.Sqlite;

namespace FinalAccounts.Api.Tests.Operations.Support;

/// <summary>A temporary folder of snapshot files for one test, removed when it ends.</summary>
public sealed class SnapshotFiles : IDisposable
{
    public SnapshotFiles() => Folder = Directory.CreateTempSubdirectory("finalaccounts-ops-").FullName;

    public string Folder { get; }

    public string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>Writes a small synthetic snapshot to <paramref name="name"/> through the real writer (temporary file, then rename).</summary>
    public SnapshotInfo Demo(string name, int units = 8, int years = 2, int seed = 1) =>
        DemoSnapshot.Build(PathOf(name), new DemoOptions(units, years, seed));

    /// <summary>Builds the snapshot of the repository's published reports (data/reports) into <paramref name="name"/>.</summary>
    public SnapshotInfo Real(string name = "snapshot.db")
    {
        var log = new StringWriter();
        var result = SnapshotBuilder.Build(RepositoryPaths.Reports, PathOf(name), log);
        return result.Snapshot ?? throw new InvalidOperationException("The published reports did not build:\n" + log);
    }

    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
