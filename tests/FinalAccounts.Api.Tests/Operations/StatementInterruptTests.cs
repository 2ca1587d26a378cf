using System.Diagnostics;
using FinalAccounts.Api.Tests.Operations.Support;
using FinalAccounts.Data.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace FinalAccounts.Api.Tests.Operations;

/// <summary>
/// Cancelling really stops SQLite: a statement that would run forever over the real snapshot, sent through
/// the server's own DbContext registration and interceptors, ends soon after its token is cancelled, as a
/// cancellation, whether it is stuck before its first row or between rows, and gives its thread back.
/// </summary>
public sealed class StatementInterruptTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);

    /// <summary>Two rows at once, then a search for a third that never ends: the interrupt hits a read, not the execution.</summary>
    private const string TwoRowsThenForever =
        "WITH RECURSIVE walk(n) AS (SELECT min(1, count(*)) FROM unit UNION ALL SELECT n + 1 FROM walk) SELECT n AS Value FROM walk WHERE n <= 2 OR n < 0";

    private readonly SnapshotFiles _files = new();
    private readonly SqlStall _stall = new();
    private readonly OperationsFactory _server;

    public StatementInterruptTests()
    {
        _files.Real();
        _server = new OperationsFactory(_files.PathOf("snapshot.db"), services: s => s.AddSingleton<IInterceptor>(_stall));
    }

    [Theory]
    [InlineData(SqlStall.Forever)]
    [InlineData(TwoRowsThenForever)]
    public async Task A_cancelled_query_token_interrupts_the_running_statement(string sql)
    {
        using var scope = _server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SnapshotContext>();
        using var cancel = new CancellationTokenSource();
        _stall.Arm(sql);

        // SQLite's "async" runs synchronously on the caller's thread: start it on another one.
        var query = Task.Run(() => db.Database.SqlQueryRaw<long>(sql).ToListAsync(cancel.Token));
        await RunningAsync(query);
        var clock = Stopwatch.StartNew();
        await cancel.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => query.WaitAsync(Bound));
        clock.Elapsed.ShouldBeLessThan(Bound);
        _stall.Disarm();
        (await db.Database.SqlQueryRaw<long>("SELECT count(*) AS Value FROM unit").ToListAsync()).Single().ShouldBeGreaterThan(0);
    }

    [Theory]
    [InlineData(SqlStall.Forever)]
    [InlineData(TwoRowsThenForever)]
    public async Task A_synchronous_query_stops_with_its_request_and_frees_the_thread(string sql)
    {
        using var scope = _server.Services.CreateScope();
        using var request = new CancellationTokenSource();
        var http = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        http.HttpContext = new DefaultHttpContext { RequestAborted = request.Token };
        try
        {
            var db = scope.ServiceProvider.GetRequiredService<SnapshotContext>();
            _stall.Arm(sql);
            var blocked = Task.Factory.StartNew(() => db.Database.SqlQueryRaw<long>(sql).ToList(), TaskCreationOptions.LongRunning);
            await RunningAsync(blocked);

            var clock = Stopwatch.StartNew();
            await request.CancelAsync();

            await Should.ThrowAsync<OperationCanceledException>(() => blocked.WaitAsync(Bound));
            clock.Elapsed.ShouldBeLessThan(Bound);
        }
        finally
        {
            http.HttpContext = null;
        }
    }

    [Fact]
    public async Task A_query_whose_token_is_already_cancelled_does_not_start()
    {
        using var scope = _server.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SnapshotContext>();
        _stall.Arm();

        await Should.ThrowAsync<OperationCanceledException>(() =>
            db.Database.SqlQueryRaw<long>("SELECT count(*) AS Value FROM unit").ToListAsync(new CancellationToken(canceled: true)));
        _stall.Stalled.ShouldBe(0);
    }

    /// <summary>Waits until the statement is handed to SQLite, then a little longer, and checks it is still running.</summary>
    private async Task RunningAsync(Task query)
    {
        await _stall.Started.WaitAsync(Bound);
        await Task.Delay(200);
        query.IsCompleted.ShouldBeFalse("the statement should still be running");
    }

    public void Dispose()
    {
        _server.Dispose();
        _files.Dispose();
    }
}
