using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace FinalAccounts.Api.Snapshot;

/// <summary>
/// The statements one <see cref="SnapshotSession"/> is running, each under a <see cref="StatementGuard"/> that
/// interrupts it when the request (or the statement's own token) is cancelled, from the moment it is executed until
/// its reader is disposed. <see cref="SqliteInterruptInterceptor"/> finds a command's session through its connection,
/// which belongs to one session: pooled contexts, and the interceptor with them, outlive requests.
/// </summary>
public sealed class SessionStatements(CancellationToken requestAborted) : IDisposable
{
    private static readonly ConditionalWeakTable<SqliteConnection, SessionStatements> Sessions = new();

    private readonly Lock _lock = new();
    private readonly Dictionary<DbCommand, StatementGuard> _executing = [];
    private readonly HashSet<StatementGuard> _live = [];
    private bool _disposed;

    /// <summary>Watches the statements of <paramref name="connection"/> from now on (until the connection is collected).</summary>
    public void Watch(SqliteConnection connection) => Sessions.AddOrUpdate(connection, this);

    /// <summary>The session whose connection runs <paramref name="command"/>, if any.</summary>
    public static SessionStatements? Of(DbCommand command) =>
        command.Connection is SqliteConnection connection && Sessions.TryGetValue(connection, out var session) ? session : null;

    /// <summary>Starts guarding a statement about to run; a token already cancelled throws instead.</summary>
    public void Guard(DbCommand command, CancellationToken commandToken)
    {
        if (command.Connection is not SqliteConnection connection) return;
        var guard = StatementGuard.Start(connection, requestAborted, commandToken);
        lock (_lock)
        {
            if (_disposed)
            {
                guard.Dispose();
                throw new ObjectDisposedException(nameof(SessionStatements));
            }

            _executing[command] = guard;
            _live.Add(guard);
        }
    }

    /// <summary>The reader of a guarded statement, which keeps it guarded until disposed.</summary>
    public DbDataReader Hold(DbCommand command, DbDataReader reader)
    {
        var guard = Take(command);
        return guard is null ? reader : new InterruptibleDataReader(reader, guard, Forget);
    }

    /// <summary>A statement that has finished (a scalar or non-query).</summary>
    public void Release(DbCommand command)
    {
        if (Take(command) is { } guard) Forget(guard);
    }

    /// <summary>A statement that failed or was cancelled: an interrupt is rethrown as the cancellation it stands for.</summary>
    public void Fail(DbCommand command, Exception? error)
    {
        if (Take(command) is not { } guard) return;
        Forget(guard);
        var cancellation = error is null ? guard.Cancellation(null) : guard.Translate(error) as OperationCanceledException;
        if (cancellation is not null) throw cancellation;
    }

    /// <summary>Stops watching every statement of the session (before its connection is closed).</summary>
    public void Dispose()
    {
        StatementGuard[] live;
        lock (_lock)
        {
            _disposed = true;
            live = [.. _live];
            _live.Clear();
            _executing.Clear();
        }

        foreach (var guard in live) guard.Dispose();
    }

    private StatementGuard? Take(DbCommand command)
    {
        lock (_lock)
        {
            return _executing.Remove(command, out var guard) ? guard : null;
        }
    }

    private void Forget(StatementGuard guard)
    {
        guard.Dispose();
        lock (_lock) _live.Remove(guard);
    }
}
