using System.Net;
using FinalAccounts.Api.Operations;
using FinalAccounts.Api.Tests.Operations.Support;
using Microsoft.Extensions.Logging;

namespace FinalAccounts.Api.Tests.Operations;

/// <summary>One structured log entry per request, with the properties operators filter on.</summary>
public sealed class RequestLogTests : IDisposable
{
    private readonly SnapshotFiles _files = new();
    private readonly OperationsFactory _server;

    public RequestLogTests()
    {
        _files.Demo("demo.db");
        _server = new OperationsFactory(_files.PathOf("demo.db"));
    }

    [Fact]
    public async Task A_GraphQL_request_is_logged_with_operation_status_duration_cost_and_trace_id()
    {
        var answer = await Exchange.PostAsync(_server.CreateClient(), "query UnitNames { units(first: 2) { nodes { name } } }", "UnitNames");
        answer.Status.ShouldBe(HttpStatusCode.OK);

        var entry = RequestEntries().ShouldHaveSingleItem();
        entry.Level.ShouldBe(LogLevel.Information);
        entry.Properties["Method"].ShouldBe("POST");
        entry.Properties["Path"].ShouldBe("/graphql");
        entry.Properties["OperationName"].ShouldBe("UnitNames");
        entry.Properties["StatusCode"].ShouldBe(200);
        ((double)entry.Properties["DurationMs"]!).ShouldBeGreaterThan(0);
        ((string)entry.Properties["TraceId"]!).ShouldNotBeNullOrWhiteSpace();
        var reported = answer.Body!["extensions"]?["cost"]?["requestedQueryCost"]?.GetValue<double>();
        entry.Properties["Cost"].ShouldBe(reported);
    }

    [Fact]
    public async Task The_operation_name_of_a_GET_request_is_logged_too()
    {
        await _server.CreateClient().GetAsync("/graphql?query=query%20Probe%20%7B__typename%7D&operationName=Probe");

        RequestEntries().ShouldHaveSingleItem().Properties["OperationName"].ShouldBe("Probe");
    }

    [Fact]
    public async Task A_refused_request_is_logged_with_its_status_and_health_probes_only_at_debug_level()
    {
        using var server = new OperationsFactory(_files.PathOf("demo.db"), new Dictionary<string, string?>
        {
            ["Operations:RateLimits:RequestsPerHour"] = "1",
            ["Operations:RateLimits:RequestBurst"] = "1",
        });
        var client = server.CreateClient();
        await client.GetAsync("/graphql?query=%7B__typename%7D");
        await client.GetAsync("/graphql?query=%7B__typename%7D");
        await client.GetAsync("/healthz/live");

        var entries = RequestEntries(server.Logs);
        entries.Select(e => e.Properties["StatusCode"]).ShouldBe(new object?[] { 200, 429, 200 });
        entries[2].Level.ShouldBe(LogLevel.Debug);
        entries[2].Properties["Path"].ShouldBe("/healthz/live");
    }

    private List<LogRecord> RequestEntries(RecordedLogs? logs = null) =>
        (logs ?? _server.Logs).Entries.Where(e => e.Category == typeof(RequestLogMiddleware).FullName && e.EventId.Name == "Request").ToList();

    public void Dispose()
    {
        _server.Dispose();
        _files.Dispose();
    }
}
