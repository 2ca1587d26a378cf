using Microsoft.Data.Sqlite;

namespace FinalAccounts.Api.Snapshot;

/// <summary>
/// Connections to a served snapshot: opened read-only, as an immutable file, with <c>PRAGMA query_only</c>.
/// Each served version gets its own connection string (and so its own connection pool): a rebuild renames a
/// new file over the same path, and a pooled connection of the previous version still reads the previous file.
/// </summary>
public static class ReadOnlySnapshotConnection
{
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
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM snapshot LIMIT 1;";
        return command.ExecuteScalar() as string;
    }

    /// <summary>Closes the idle pooled connections of a version no longer served; those in use close when returned.</summary>
    public static void ClearPool(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
