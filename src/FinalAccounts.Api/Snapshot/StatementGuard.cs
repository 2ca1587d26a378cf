using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace FinalAccounts.Api.Snapshot;

/// <summary>
/// Watches one running SQLite statement: when the request's token or the command's own token is cancelled,
/// it calls <c>sqlite3_interrupt</c> on the statement's connection, which makes the running step return
/// <c>SQLITE_INTERRUPT</c> at once (<see cref="SqliteCommand.Cancel"/> does nothing). The resulting
/// <see cref="SqliteException"/> is reported as the <see cref="OperationCanceledException"/> it is, so that
/// callers (EF Core, GraphQL execution) treat it as a cancellation and not as a failure.
/// </summary>
public sealed class StatementGuard : IDisposable
{
    private const int SqliteInterrupt = 9;

    private readonly sqlite3 _handle;
    private readonly CancellationToken _request;
    private readonly CancellationToken _command;
    private CancellationTokenRegistration _onRequest;
    private CancellationTokenRegistration _onCommand;

    private StatementGuard(sqlite3 handle, CancellationToken request, CancellationToken command)
    {
        _handle = handle;
        _request = request;
        _command = command;
    }

    /// <summary>
    /// Starts watching a statement about to run on <paramref name="connection"/>; a token already cancelled
    /// throws <see cref="OperationCanceledException"/> instead (an interrupt only stops a statement that runs).
    /// </summary>
    public static StatementGuard Start(SqliteConnection connection, CancellationToken request, CancellationToken command)
    {
        request.ThrowIfCancellationRequested();
        command.ThrowIfCancellationRequested();
        var guard = new StatementGuard(connection.Handle ?? throw new InvalidOperationException("The connection is not open."), request, command);
        guard._onRequest = request.UnsafeRegister(static g => ((StatementGuard)g!).Interrupt(), guard);
        if (command != request)
            guard._onCommand = command.UnsafeRegister(static g => ((StatementGuard)g!).Interrupt(), guard);
        return guard;
    }

    /// <summary>The cancellation an interrupted statement stands for, or <paramref name="error"/> itself.</summary>
    public Exception Translate(Exception error) =>
        error is SqliteException { SqliteErrorCode: SqliteInterrupt } ? Cancellation(error) ?? error : error;

    /// <summary>The cancellation that stopped the statement, or <see langword="null"/> when neither token is cancelled.</summary>
    public OperationCanceledException? Cancellation(Exception? cause)
    {
        var token = _request.IsCancellationRequested ? _request : _command;
        return token.IsCancellationRequested
            ? new OperationCanceledException("The SQL statement was interrupted: its request was cancelled or ran out of time.", cause, token)
            : null;
    }

    /// <summary>Stops watching; waits for an interrupt in progress, so the connection can be closed safely afterwards.</summary>
    public void Dispose()
    {
        _onRequest.Dispose();
        _onCommand.Dispose();
    }

    private void Interrupt() => raw.sqlite3_interrupt(_handle);
}
