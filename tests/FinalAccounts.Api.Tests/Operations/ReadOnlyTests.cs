using FinalAccounts.Api.Tests.Operations.Support;
using FinalAccounts.Data.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FinalAccounts.Api.Tests.Operations;

/// <summary>
/// The served connection cannot write: it runs with <c>query_only</c> (which refuses even temporary tables),
/// and under it the file itself is opened read-only.
/// </summary>
public sealed class ReadOnlyTests : IDisposable
{
    private readonly SnapshotFiles _files = new();
    private readonly OperationsFactory _server;

    public ReadOnlyTests()
    {
        _files.Real();
        _server = new OperationsFactory(_files.PathOf("snapshot.db"));
    }

    [Fact]
    public void The_served_connection_runs_query_only()
    {
        using var scope = _server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SnapshotContext>();
        using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA query_only;";

        Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture).ShouldBe(1);
    }

    [Theory]
    [InlineData("CREATE TEMP TABLE probe(x)")]
    [InlineData("DELETE FROM unit")]
    [InlineData("UPDATE snapshot SET kind = 'DEMO'")]
    [InlineData("CREATE TABLE probe(x)")]
    public void A_write_through_the_served_connection_fails(string sql)
    {
        using var scope = _server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SnapshotContext>();

        var error = Should.Throw<SqliteException>(() => db.Database.ExecuteSqlRaw(sql));
        error.SqliteErrorCode.ShouldBe(8); // SQLITE_READONLY
    }

    [Fact]
    public void Without_query_only_the_file_itself_still_refuses_writes()
    {
        using var scope = _server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SnapshotContext>();
        db.Database.ExecuteSqlRaw("PRAGMA query_only = OFF");

        Should.Throw<SqliteException>(() => db.Database.ExecuteSqlRaw("DELETE FROM unit")).SqliteErrorCode.ShouldBe(8);
    }

    [Fact]
    public void A_connection_reopened_from_the_pool_is_query_only_again()
    {
        using (var scope = _server.Services.CreateScope())
            scope.ServiceProvider.GetRequiredService<SnapshotContext>().Database.ExecuteSqlRaw("PRAGMA query_only = OFF");

        using var again = _server.Services.CreateScope();
        Should.Throw<SqliteException>(() => again.ServiceProvider.GetRequiredService<SnapshotContext>().Database.ExecuteSqlRaw("CREATE TEMP TABLE probe(x)"));
    }

    public void Dispose()
    {
        _server.Dispose();
        _files.Dispose();
    }
}
