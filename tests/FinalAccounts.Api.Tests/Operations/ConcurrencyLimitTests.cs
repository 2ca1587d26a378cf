using System.Net;
using System.Threading.RateLimiting;
using FinalAccounts.Api.Tests.Operations.Support;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace FinalAccounts.Api.Tests.Operations;

/// <summary>
/// The global concurrency limit at its edge: with one request running and one waiting, the next is answered
/// 503 <c>SERVER_BUSY</c> with <c>Retry-After</c> at once; health probes still answer; the held requests finish.
/// </summary>
public sealed class ConcurrencyLimitTests : IDisposable
{
    private const string Query = "{ units(first: 1) { nodes { name } } }";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private readonly SnapshotFiles _files = new();
    private readonly SqlGate _gate = new();
    private readonly OperationsFactory _server;

    public ConcurrencyLimitTests()
    {
        _files.Demo("demo.db");
        _server = new OperationsFactory(_files.PathOf("demo.db"), new Dictionary<string, string?>
        {
            ["Operations:Concurrency:PermitLimit"] = "1",
            ["Operations:Concurrency:QueueLimit"] = "1",
            ["Operations:Concurrency:RetryAfterSeconds"] = "2",
        }, s => s.AddSingleton<IInterceptor>(_gate));
    }

    [Fact]
    public async Task One_running_and_one_queued_pass_and_the_next_is_refused_503()
    {
        var client = _server.CreateClient();
        var limiter = _server.Services.GetRequiredService<ConcurrencyLimiter>();
        _gate.Close();

        var running = Exchange.PostAsync(client, Query);
        await _gate.ArrivalsAsync(1, Bound);
        var queued = Exchange.PostAsync(client, Query);
        await WaitUntilAsync(() => limiter.GetStatistics()!.CurrentQueuedCount == 1);

        var refused = await Exchange.PostAsync(client, Query);
        refused.Status.ShouldBe(HttpStatusCode.ServiceUnavailable);
        refused.Header("Retry-After").ShouldBe("2");
        refused.ErrorCode.ShouldBe("SERVER_BUSY");
        refused.Body!["data"].ShouldBeNull();
        refused.Body["extensions"]!["cost"]!["requestedQueryCost"]!.GetValue<long>().ShouldBe(0, "refused before its query was read");
        refused.Body["extensions"]!["cost"]!["maximumAvailable"]!.GetValue<int>().ShouldBe(10_000);

        (await Exchange.GetAsync(client, "/healthz/live")).Status.ShouldBe(HttpStatusCode.OK);
        (await Exchange.GetAsync(client, "/healthz/ready")).Status.ShouldBe(HttpStatusCode.OK);

        _gate.Open();
        foreach (var held in new[] { running, queued })
        {
            var answer = await held.WaitAsync(Bound);
            answer.Status.ShouldBe(HttpStatusCode.OK);
            answer.Errors.ShouldBeNull();
        }

        (await Exchange.PostAsync(client, Query)).Status.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > Bound) throw new TimeoutException("The condition did not come true.");
            await Task.Delay(10);
        }
    }

    public void Dispose()
    {
        _gate.Open();
        _server.Dispose();
        _files.Dispose();
    }
}
