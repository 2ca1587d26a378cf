using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FinalAccounts.Api.Snapshot;

/// <summary>
/// The one interceptor a pooled <c>SnapshotContext</c> carries: it hands each command to the
/// <see cref="SqliteInterruptInterceptor"/> of the session whose connection runs it. Pooled contexts outlive
/// requests, so the per-request interceptor is found through the connection, which belongs to one session.
/// </summary>
public sealed class SessionInterrupts : DbCommandInterceptor
{
    private static readonly ConditionalWeakTable<SqliteConnection, SqliteInterruptInterceptor> Sessions = new();

    /// <summary>Routes the commands of <paramref name="connection"/> to <paramref name="interrupts"/> until the connection is collected.</summary>
    public static void Register(SqliteConnection connection, SqliteInterruptInterceptor interrupts) =>
        Sessions.AddOrUpdate(connection, interrupts);

    private static DbCommandInterceptor? Of(DbCommand command) =>
        command.Connection is SqliteConnection connection && Sessions.TryGetValue(connection, out var interrupts) ? interrupts : null;

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Of(command)?.ReaderExecuting(command, eventData, result) ?? result;

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        Of(command)?.ReaderExecutingAsync(command, eventData, result, cancellationToken) ?? ValueTask.FromResult(result);

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result) =>
        Of(command)?.ReaderExecuted(command, eventData, result) ?? result;

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default) =>
        Of(command)?.ReaderExecutedAsync(command, eventData, result, cancellationToken) ?? ValueTask.FromResult(result);

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Of(command)?.ScalarExecuting(command, eventData, result) ?? result;

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
        Of(command)?.ScalarExecutingAsync(command, eventData, result, cancellationToken) ?? ValueTask.FromResult(result);

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result) =>
        Of(command) is { } interrupts ? interrupts.ScalarExecuted(command, eventData, result) : result;

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default) =>
        Of(command)?.ScalarExecutedAsync(command, eventData, result, cancellationToken) ?? ValueTask.FromResult(result);

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Of(command)?.NonQueryExecuting(command, eventData, result) ?? result;

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        Of(command)?.NonQueryExecutingAsync(command, eventData, result, cancellationToken) ?? ValueTask.FromResult(result);

    public override int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result) =>
        Of(command)?.NonQueryExecuted(command, eventData, result) ?? result;

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        Of(command)?.NonQueryExecutedAsync(command, eventData, result, cancellationToken) ?? ValueTask.FromResult(result);

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) =>
        Of(command)?.CommandFailed(command, eventData);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default) =>
        Of(command)?.CommandFailedAsync(command, eventData, cancellationToken) ?? Task.CompletedTask;

    public override void CommandCanceled(DbCommand command, CommandEndEventData eventData) =>
        Of(command)?.CommandCanceled(command, eventData);

    public override Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default) =>
        Of(command)?.CommandCanceledAsync(command, eventData, cancellationToken) ?? Task.CompletedTask;
}
