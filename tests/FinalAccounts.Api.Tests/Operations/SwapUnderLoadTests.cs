using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using FinalAccounts.Api.Tests.Operations.Support;

namespace FinalAccounts.Api.Tests.Operations;

/// <summary>
/// A snapshot swapped in while clients keep querying: not one request fails, every answer's data and ETag
/// name the same snapshot, and every request started after the swap was reported sees the new one.
/// </summary>
public sealed class SwapUnderLoadTests : IDisposable
{
    private const int Clients = 8;
    private const string Query = "{ snapshot { key } units(first: 5, order: [{ name: ASC }]) { totalCount nodes { name region } } }";

    private readonly SnapshotFiles _files = new();

    [Fact]
    public async Task Swapping_under_concurrent_load_fails_no_request_and_new_requests_see_the_new_snapshot()
    {
        var before = _files.Demo("demo.db", units: 30, years: 3, seed: 1);
        using var server = new OperationsFactory(_files.PathOf("demo.db"), new Dictionary<string, string?>
        {
            ["Operations:RateLimits:Enabled"] = "false",
            ["Snapshot:CheckInterval"] = "00:00:00.200",
        });
        var client = server.CreateClient();
        var answers = new ConcurrentBag<Answer>();
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource();

        var load = Enumerable.Range(0, Clients).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var started = clock.Elapsed;
                var exchange = await Exchange.PostAsync(client, Query);
                answers.Add(new Answer(started, exchange.Status, exchange.Errors?.ToJsonString(),
                    exchange.Body?["data"]?["snapshot"]?["key"]?.GetValue<string>(), exchange.Header("ETag")));
            }
        })).ToArray();

        await Task.Delay(1000);
        var after = _files.Demo("demo.db", units: 30, years: 3, seed: 2);
        await Readiness.WaitForAsync(client, after.Id, TimeSpan.FromSeconds(20));
        var swapReported = clock.Elapsed;
        await Task.Delay(1000);
        await stop.CancelAsync();
        await Task.WhenAll(load);

        answers.Count.ShouldBeGreaterThan(Clients * 4);
        answers.Where(a => a.Status != HttpStatusCode.OK || a.Errors is not null).ShouldBeEmpty();
        answers.ShouldAllBe(a => a.ETag == $"W/\"{a.Key}\"");
        answers.Select(a => a.Key).Distinct().Order().ShouldBe(new[] { before.Id, after.Id }.Order());
        answers.Where(a => a.Started > swapReported).ShouldNotBeEmpty();
        answers.Where(a => a.Started > swapReported).ShouldAllBe(a => a.Key == after.Id);
    }

    private sealed record Answer(TimeSpan Started, HttpStatusCode Status, string? Errors, string? Key, string? ETag);

    public void Dispose() => _files.Dispose();
}
