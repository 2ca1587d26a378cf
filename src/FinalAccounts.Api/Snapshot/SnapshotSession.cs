using Microsoft.Data.Sqlite;

namespace FinalAccounts.Api.Snapshot;

/// <summary>
/// A request's hold on the snapshot: one read-only connection, opened on first use and kept until the
/// request ends, so every query of a request reads the same file even when a new snapshot is swapped in
/// meanwhile; and the <see cref="Version"/> that connection reads, which the <c>ETag</c> reports.
/// </summary>
public sealed class SnapshotSession : IDisposable
{
    private readonly ServedSnapshot _served;
    private SqliteConnection? _connection;

    public SnapshotSession(ServedSnapshot served, IHttpContextAccessor? http = null)
    {
        _served = served;
        Version = served.Current;
        // The request's token, after the execution timeout has linked itself in: statements stop with it.
        Statements = new SessionStatements(http?.HttpContext?.RequestAborted ?? CancellationToken.None);
    }

    /// <summary>The snapshot version this request reads: the one served when it started, until its connection opens.</summary>
    public SnapshotVersion Version { get; private set; }

    /// <summary>Stops this session's running statements when the request is cancelled or times out.</summary>
    public SessionStatements Statements { get; }

    /// <summary>The request's connection, opened read-only with <c>query_only</c> on first use.</summary>
    public SqliteConnection Connection => _connection ??= Open();

    public void Dispose()
    {
        // Callbacks that could interrupt this connection go before the connection goes back to its pool.
        Statements.Dispose();
        _connection?.Dispose();
    }

    /// <summary>
    /// Opens a connection and checks which snapshot it reads. A new connection reads the file now at the
    /// path, which is newer than <see cref="Version"/> when a rebuild was renamed into place since (before
    /// the watcher noticed, or while this request waited): the new file is then verified and served first,
    /// so that what a request reads and the version it reports always agree.
    /// </summary>
    private SqliteConnection Open()
    {
        for (var attempt = 0; ; attempt++)
        {
            var connection = ReadOnlySnapshotConnection.Open(Version.ConnectionString);
            try
            {
                var id = ReadOnlySnapshotConnection.SnapshotId(connection);
                if (id == Version.Id)
                {
                    Statements.Watch(connection);
                    return connection;
                }
                if (attempt == 3)
                    throw new InvalidDataException($"The snapshot at {_served.Path} keeps changing ({id}, expected {Version.Id}).");
            }
            catch
            {
                connection.Dispose();
                throw;
            }

            // Not back into the pool of a version whose file it does not read.
            SqliteConnection.ClearPool(connection);
            connection.Dispose();
            _served.Refresh();
            Version = _served.Current;
        }
    }
}
