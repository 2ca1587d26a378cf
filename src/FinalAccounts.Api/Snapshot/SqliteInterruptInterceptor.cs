using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FinalAccounts.Api.Snapshot;

/// <summary>
/// Makes cancellation and timeouts really stop SQLite: every statement of the session runs under a
/// <see cref="StatementGuard"/> that interrupts it when the request (or the query's own token) is cancelled,
/// from the moment it is executed until its reader is disposed, and an interrupted statement surfaces as an
/// <see cref="OperationCanceledException"/>. One instance serves every pooled context; each command is handed to the
/// <see cref="SessionStatements"/> of the session whose connection runs it.
/// </summary>
public sealed class SqliteInterruptInterceptor : DbCommandInterceptor
{
    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Guard(command, CancellationToken.None);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Guard(command, cancellationToken);
        return ValueTask.FromResult(result);
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result) =>
        Hold(command, result);

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Hold(command, result));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Guard(command, CancellationToken.None);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Guard(command, cancellationToken);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Release(command);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Release(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Guard(command, CancellationToken.None);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Guard(command, cancellationToken);
        return ValueTask.FromResult(result);
    }

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Release(command);
        return result;
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Release(command);
        return ValueTask.FromResult(result);
    }

    // EF Core reports a failed statement as failed, or as canceled when it sees its own token cancelled;
    // either way an interrupt is rethrown as the cancellation it stands for.
    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) =>
        Fail(command, eventData.Exception);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Fail(command, eventData.Exception);
        return Task.CompletedTask;
    }

    public override void CommandCanceled(DbCommand command, CommandEndEventData eventData) =>
        Fail(command, null);

    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Fail(command, null);
        return Task.CompletedTask;
    }

    private static void Guard(DbCommand command, CancellationToken commandToken) => SessionStatements.Of(command)?.Guard(command, commandToken);

    private static DbDataReader Hold(DbCommand command, DbDataReader reader) => SessionStatements.Of(command)?.Hold(command, reader) ?? reader;

    private static void Release(DbCommand command) => SessionStatements.Of(command)?.Release(command);

    private static void Fail(DbCommand command, Exception? error) => SessionStatements.Of(command)?.Fail(command, error);
}
