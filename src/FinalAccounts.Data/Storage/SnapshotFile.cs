using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace FinalAccounts.Data.Storage;

/// <summary>Opens a snapshot file: read-only for serving, read-write only while it is being built.</summary>
public static class SnapshotFile
{
    /// <summary>A read-only connection string: the snapshot is immutable once built.</summary>
    public static string ReadOnlyConnectionString(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = Path.GetFullPath(path),
        Mode = SqliteOpenMode.ReadOnly,
        Cache = SqliteCacheMode.Private,
        Pooling = true,
    }.ToString();

    public static string WritableConnectionString(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = Path.GetFullPath(path),
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = false,
    }.ToString();

    public static SnapshotContext OpenReadOnly(string path)
    {
        var options = new DbContextOptionsBuilder<SnapshotContext>()
            .UseSqlite(ReadOnlyConnectionString(path))
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
            .Options;
        return new SnapshotContext(options);
    }

    public static SnapshotContext OpenForBuild(string path)
    {
        var options = new DbContextOptionsBuilder<SnapshotContext>()
            .UseSqlite(WritableConnectionString(path))
            .Options;
        return new SnapshotContext(options);
    }
}
