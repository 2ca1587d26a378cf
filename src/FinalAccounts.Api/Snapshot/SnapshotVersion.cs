using FinalAccounts.Data.Storage;

namespace FinalAccounts.Api.Snapshot;

/// <summary>
/// One opened and verified snapshot file: what its <c>snapshot</c> row says, which file it was, and the
/// connection string that reaches it. <see cref="Number"/> counts the versions served since start-up.
/// </summary>
public sealed record SnapshotVersion(
    int Number,
    string Id,
    string Kind,
    DateTimeOffset BuiltAt,
    int SchemaVersion,
    DateTimeOffset OpenedAt,
    SnapshotFileIdentity File,
    string ConnectionString)
{
    /// <summary>
    /// The entity tag of responses computed from this version: the snapshot id, a hash of its contents.
    /// Weak, because the bytes of a response also depend on the negotiated media type.
    /// </summary>
    public string ETag => $"W/\"{Id}\"";

    /// <summary>
    /// Opens the file at <paramref name="path"/> and verifies it: one <c>snapshot</c> row, of this server's
    /// schema version. Throws <see cref="InvalidDataException"/> (or the SQLite error) when it is no snapshot.
    /// </summary>
    public static SnapshotVersion Open(string path, int number, TimeProvider? clock = null)
    {
        // A file renamed into place between the two looks is opened again, so identity and contents agree.
        for (var attempt = 0; ; attempt++)
        {
            var before = SnapshotFileIdentity.Of(path) ?? throw new FileNotFoundException($"No snapshot at {path}.", path);
            var connectionString = ReadOnlySnapshotConnection.ConnectionString(path, number);
            var info = ReadInfo(connectionString, path);
            if (SnapshotFileIdentity.Of(path) != before && attempt < 3)
            {
                ReadOnlySnapshotConnection.ClearPool(connectionString);
                continue;
            }

            return new SnapshotVersion(number, info.Id, info.Kind, info.BuiltAt, info.SchemaVersion,
                (clock ?? TimeProvider.System).GetUtcNow(), before, connectionString);
        }
    }

    private static (string Id, string Kind, DateTimeOffset BuiltAt, int SchemaVersion) ReadInfo(string connectionString, string path)
    {
        // Plain SQL: start-up need not wait for EF Core to build its model and compile a query for one row.
        using var connection = ReadOnlySnapshotConnection.Open(connectionString);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, kind, built_at, schema_version FROM snapshot LIMIT 2;";
        using var reader = command.ExecuteReader();
        var rows = new List<(string Id, string Kind, DateTimeOffset BuiltAt, int SchemaVersion)>(1);
        while (reader.Read())
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetDateTimeOffset(2), reader.GetInt32(3)));
        if (rows.Count != 1)
            throw new InvalidDataException($"{path} is no snapshot: its snapshot table has {rows.Count} rows instead of one.");
        var info = rows[0];
        if (info.SchemaVersion != SnapshotContext.SchemaVersion)
            throw new InvalidDataException($"{path} has snapshot schema version {info.SchemaVersion}; this server reads version {SnapshotContext.SchemaVersion}.");
        return info;
    }
}
