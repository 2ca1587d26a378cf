using System.Net;
using FinalAccounts.Api.Tests.Operations.Support;
using FinalAccounts.Data.Entities;

namespace FinalAccounts.Api.Tests.Operations;

/// <summary><c>/healthz/live</c> and <c>/healthz/ready</c>, and the ETag that names the snapshot served.</summary>
public sealed class HealthTests : IDisposable
{
    private readonly SnapshotFiles _files = new();
    private readonly SnapshotInfo _snapshot;
    private readonly OperationsFactory _server;

    public HealthTests()
    {
        _snapshot = _files.Real();
        _server = new OperationsFactory(_files.PathOf("snapshot.db"));
    }

    [Fact]
    public async Task Live_answers_while_the_process_runs()
    {
        var live = await Exchange.GetAsync(_server.CreateClient(), "/healthz/live");

        live.Status.ShouldBe(HttpStatusCode.OK);
        live.Body!["status"]!.GetValue<string>().ShouldBe("live");
        live.Header("Cache-Control").ShouldBe("no-store");
    }

    [Fact]
    public async Task Ready_names_the_snapshot_opened_its_kind_build_time_and_version()
    {
        var ready = await Exchange.GetAsync(_server.CreateClient(), "/healthz/ready");

        ready.Status.ShouldBe(HttpStatusCode.OK);
        ready.Body!["status"]!.GetValue<string>().ShouldBe("ready");
        var snapshot = ready.Body["snapshot"]!;
        snapshot["id"]!.GetValue<string>().ShouldBe(_snapshot.Id);
        snapshot["kind"]!.GetValue<string>().ShouldBe("REAL");
        snapshot["builtAt"]!.GetValue<DateTimeOffset>().ShouldBe(_snapshot.BuiltAt, TimeSpan.FromMilliseconds(1));
        snapshot["schemaVersion"]!.GetValue<int>().ShouldBe(_snapshot.SchemaVersion);
        snapshot["version"]!.GetValue<int>().ShouldBe(1);
        ready.Header("ETag").ShouldBe($"W/\"{_snapshot.Id}\"");
    }

    [Fact]
    public async Task GraphQL_answers_carry_the_snapshot_id_as_their_ETag()
    {
        var client = _server.CreateClient();

        var answer = await Exchange.PostAsync(client, "{ snapshot { key } }");

        answer.Status.ShouldBe(HttpStatusCode.OK);
        answer.Body!["data"]!["snapshot"]!["key"]!.GetValue<string>().ShouldBe(_snapshot.Id);
        answer.Header("ETag").ShouldBe($"W/\"{_snapshot.Id}\"");
        (await Exchange.GetAsync(client, "/graphql?query=%7B__typename%7D")).Header("ETag").ShouldBe($"W/\"{_snapshot.Id}\"");
    }

    [Fact]
    public async Task An_error_answer_carries_no_ETag()
    {
        var answer = await Exchange.GetAsync(_server.CreateClient(), "/graphql?query=%7Bnope%7D");

        answer.Errors.ShouldNotBeNull();
        if (answer.Status != HttpStatusCode.OK) answer.Header("ETag").ShouldBeNull();
    }

    public void Dispose()
    {
        _server.Dispose();
        _files.Dispose();
    }
}
