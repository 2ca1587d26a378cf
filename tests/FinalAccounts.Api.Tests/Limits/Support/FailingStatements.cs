using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FinalAccounts.Api.Tests.Limits.Support;

/// <summary>Makes SQLite fail, when armed, with the kind of message a real failure has: SQL, a table name and a file path.</summary>
public sealed class FailingStatements : DbCommandInterceptor
{
    public const string Secret = "SQLite Error 1: 'no such table: secret_table'. SELECT * FROM \"secret_table\" in /srv/final-accounts/snapshot.db";

    private volatile bool _armed;

    public void Arm() => _armed = true;

    public void Disarm() => _armed = false;

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        _armed ? throw new SqliteException(Secret, 1) : result;

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        _armed ? throw new SqliteException(Secret, 1) : ValueTask.FromResult(result);
}
