using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace FinalAccounts.Api.Snapshot;

/// <summary>
/// Connections to a served snapshot: opened read-only, as an immutable file, with <c>PRAGMA query_only</c>.
/// Each served version gets its own connection string (and so its own connection pool): a rebuild renames a
/// new file over the same path, and a pooled connection of the previous version still reads the previous file.
/// </summary>
public static class ReadOnlySnapshotConnection
{
    // The snapshot id each pooled native connection read when it was first opened: the file it opened is immutable,
    // so a connection taken again from the pool need not read it again.
    private static readonly ConditionalWeakTable<sqlite3, string> KnownIds = new();

    /// <summary>
    /// The connection string of version <paramref name="version"/> of the file at <paramref name="path"/>.
    /// <c>immutable=1</c> holds because a snapshot is never written in place (a rebuild is a new file renamed
    /// over it); SQLite then takes no file locks. The <c>version</c> URI parameter means nothing to SQLite.
    /// </summary>
    public static string ConnectionString(string path, int version) => new SqliteConnectionStringBuilder
    {
        DataSource = $"{new Uri(Path.GetFullPath(path)).AbsoluteUri}?immutable=1&version={version}",
        Mode = SqliteOpenMode.ReadOnly,
        Pooling = true,
    }.ToString();

    /// <summary>Opens a connection and makes it refuse every write, even to temporary tables.</summary>
    public static SqliteConnection Open(string connectionString)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            // Every time, pooled or not: whatever ran on the connection before must not leave it writable.
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA query_only = ON;";
            command.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The id in the <c>snapshot</c> row of the file <paramref name="connection"/> reads.</summary>
    public static string? SnapshotId(SqliteConnection connection)
    {
        var handle = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        if (KnownIds.TryGetValue(handle, out var known)) return known;
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM snapshot LIMIT 1;";
        var id = command.ExecuteScalar() as string;
        if (id is not null) KnownIds.AddOrUpdate(handle, id);
        return id;
    }

    /// <summary>Closes the idle pooled connections of a version no longer served; those in use close when returned.</summary>
    public static void ClearPool(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
