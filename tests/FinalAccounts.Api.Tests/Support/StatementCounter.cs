using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FinalAccounts.Api.Tests.Support;

/// <summary>Counts the SQL statements the server sends to SQLite.</summary>
public sealed class StatementCounter : DbCommandInterceptor
{
    private int _count;
    private readonly List<string> _statements = [];

    public int Count => Volatile.Read(ref _count);

    public IReadOnlyList<string> Statements
    {
        get { lock (_statements) return [.. _statements]; }
    }

    public void Reset()
    {
        Interlocked.Exchange(ref _count, 0);
        lock (_statements) _statements.Clear();
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command)
    {
        Interlocked.Increment(ref _count);
        lock (_statements) _statements.Add(command.CommandText);
    }
}
