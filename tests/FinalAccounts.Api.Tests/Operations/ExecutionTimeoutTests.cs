using System.Diagnostics;
using System.Net;
using FinalAccounts.Api.Operations;
using FinalAccounts.Api.Tests.Operations.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FinalAccounts.Api.Tests.Operations;

/// <summary>
/// A GraphQL request whose SQL runs past the execution timeout is stopped, statement and all, and answered
/// 504 with a GraphQL error coded TIMEOUT; a request its client abandons stops too. The server goes on.
/// </summary>
public sealed class ExecutionTimeoutTests : IDisposable
{
    private const string Query = "{ units(first: 3) { nodes { name } } }";

    private readonly SnapshotFiles _files = new();
    private readonly SqlStall _stall = new();
    private OperationsFactory? _server;

    public ExecutionTimeoutTests() => _files.Real();

    private OperationsFactory Server(string timeout = "00:00:01") => _server = new OperationsFactory(_files.PathOf("snapshot.db"),
        new Dictionary<string, string?> { ["Operations:ExecutionTimeout"] = timeout },
        s => s.AddSingleton<IInterceptor>(_stall));

    [Fact]
    public async Task A_statement_running_past_the_timeout_is_interrupted_and_answered_TIMEOUT()
    {
        var client = Server().CreateClient();
        (await Exchange.PostAsync(client, Query)).Status.ShouldBe(HttpStatusCode.OK);
        _stall.Arm();

        var clock = Stopwatch.StartNew();
        var answer = await Exchange.PostAsync(client, Query);

        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(6));
        clock.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(0.9));
        _stall.Stalled.ShouldBeGreaterThan(0);
        answer.Status.ShouldBe(HttpStatusCode.GatewayTimeout);
        answer.ErrorCode.ShouldBe("TIMEOUT");
        answer.Body!["data"].ShouldBeNull();
        answer.Body["extensions"]!["cost"]!["maximumAvailable"]!.GetValue<int>().ShouldBe(10_000);
        answer.Body["extensions"]!["cost"]!["requestedQueryCost"]!.GetValue<long>().ShouldBeGreaterThanOrEqualTo(0);
        answer.Errors![0]!["extensions"]!["traceId"]!.GetValue<string>().ShouldNotBeNullOrEmpty();
        answer.Body.ToJsonString().ShouldNotContain("SELECT", Case.Insensitive);
        answer.Body.ToJsonString().ShouldNotContain("Exception");
        answer.Header(RateLimitHeaders.Remaining).ShouldNotBeNull("a stopped request still tells the client its allowance");
        answer.Header("ETag").ShouldBeNull();

        _stall.Disarm();
        var after = await Exchange.PostAsync(client, Query);
        after.Status.ShouldBe(HttpStatusCode.OK);
        after.Errors.ShouldBeNull();
    }

    [Fact]
    public async Task The_timeout_answer_follows_the_accepted_media_type()
    {
        _stall.Arm();
        var client = Server().CreateClient();
        client.DefaultRequestHeaders.Accept.ParseAdd("application/graphql-response+json");

        var answer = await Exchange.PostAsync(client, Query);

        answer.Status.ShouldBe(HttpStatusCode.GatewayTimeout);
        answer.Response.Content.Headers.ContentType!.MediaType.ShouldBe("application/graphql-response+json");
        answer.ErrorCode.ShouldBe("TIMEOUT");
    }

    [Fact]
    public async Task A_request_abandoned_by_its_client_stops_its_statement()
    {
        var server = Server(timeout: "00:01:00");
        var inFlight = server.Services.GetRequiredService<InFlightRequests>();
        var client = server.CreateClient();
        _stall.Arm();
        using var leave = new CancellationTokenSource();

        var request = Exchange.PostAsync(client, Query, cancellationToken: leave.Token);
        await _stall.Started.WaitAsync(TimeSpan.FromSeconds(10));
        await leave.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(() => request);

        // The server's side of the request ends long before the one-minute timeout could have stopped it.
        var clock = Stopwatch.StartNew();
        while (inFlight.Count > 0 && clock.Elapsed < TimeSpan.FromSeconds(5)) await Task.Delay(20);
        inFlight.Count.ShouldBe(0);
    }

    public void Dispose()
    {
        _server?.Dispose();
        _files.Dispose();
    }
}
