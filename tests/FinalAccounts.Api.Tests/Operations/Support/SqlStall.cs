using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FinalAccounts.Api.Tests.Operations.Support;

/// <summary>
/// Turns the next statements the server sends to SQLite into a statement that never ends (by default a
/// recursive CTE over the snapshot that never yields a row), so that only a real <c>sqlite3_interrupt</c> can
/// stop it, and tells when one has started. Registered as an <see cref="IInterceptor"/>; does nothing until
/// <see cref="Arm"/>.
/// </summary>
public sealed class SqlStall : DbCommandInterceptor
{
    /// <summary>Counts forever over the units table; no row ever satisfies the filter.</summary>
    public const string Forever =
        "WITH RECURSIVE walk(n) AS (SELECT count(*) FROM unit UNION ALL SELECT n + 1 FROM walk) SELECT n AS Value FROM walk WHERE n < 0";

    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile string? _sql;
    private int _stalled;

    /// <summary>Completes when the first statement has been stalled.</summary>
    public Task Started => _started.Task;

    public int Stalled => Volatile.Read(ref _stalled);

    public void Arm(string sql = Forever) => _sql = sql;

    public void Disarm() => _sql = null;

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Stall(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Stall(command);
        return ValueTask.FromResult(result);
    }

    private void Stall(DbCommand command)
    {
        if (_sql is not { } sql) return;
        command.CommandText = sql;
        command.Parameters.Clear();
        Interlocked.Increment(ref _stalled);
        _started.TrySetResult();
    }
}
