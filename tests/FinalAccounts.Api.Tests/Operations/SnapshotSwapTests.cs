using System.Net;
using FinalAccounts.Api.Snapshot;
using FinalAccounts.Api.Tests.Operations.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FinalAccounts.Api.Tests.Operations;

/// <summary>
/// A snapshot rebuilt and renamed into place is served without a restart, with a new ETag and version;
/// a file that is no snapshot, and the temporary files of a build, are never served.
/// </summary>
public sealed class SnapshotSwapTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);

    private readonly SnapshotFiles _files = new();

    [Fact]
    public async Task A_rebuilt_snapshot_is_served_with_a_new_ETag_and_version()
    {
        var first = _files.Demo("demo.db", seed: 1);
        using var server = Server();
        var client = server.CreateClient();
        (await Answer(client)).Header("ETag").ShouldBe($"W/\"{first.Id}\"");

        var second = _files.Demo("demo.db", seed: 2);
        second.Id.ShouldNotBe(first.Id);

        var ready = await Readiness.WaitForAsync(client, second.Id, Bound);
        ready["version"]!.GetValue<int>().ShouldBe(2);
        ready["kind"]!.GetValue<string>().ShouldBe("DEMO");
        var answer = await Answer(client);
        answer.Body!["data"]!["snapshot"]!["key"]!.GetValue<string>().ShouldBe(second.Id);
        answer.Header("ETag").ShouldBe($"W/\"{second.Id}\"");
    }

    [Fact]
    public async Task A_file_that_is_no_snapshot_is_refused_and_the_served_one_stays()
    {
        var first = _files.Demo("demo.db", seed: 1);
        using var server = Server();
        var client = server.CreateClient();
        await Answer(client);

        var garbage = _files.PathOf(".demo.db.garbage.tmp");
        await File.WriteAllTextAsync(garbage, "not a database, just text that happens to sit at the snapshot path");
        File.Move(garbage, _files.PathOf("demo.db"), overwrite: true);

        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!server.Logs.Entries.Any(Refusal) && clock.Elapsed < Bound) await Task.Delay(25);
        server.Logs.Entries.ShouldContain(e => Refusal(e));
        (await Readiness.SnapshotAsync(client))["id"]!.GetValue<string>().ShouldBe(first.Id);

        var third = _files.Demo("demo.db", seed: 4);
        (await Readiness.WaitForAsync(client, third.Id, Bound))["version"]!.GetValue<int>().ShouldBe(2);
        (await Answer(client)).Body!["data"]!["snapshot"]!["key"]!.GetValue<string>().ShouldBe(third.Id);
    }

    [Fact]
    public async Task Temporary_files_of_a_build_in_the_folder_are_never_served()
    {
        var first = _files.Demo("demo.db", seed: 1);
        using var server = Server();
        var client = server.CreateClient();
        var other = _files.Demo("other.db", seed: 5);
        File.Copy(_files.PathOf("other.db"), _files.PathOf($".demo.db.{Guid.NewGuid():N}.tmp"));

        await Task.Delay(600); // three periodic checks
        server.Services.GetRequiredService<ServedSnapshot>().Refresh().Outcome.ShouldBe(SnapshotRefreshOutcome.Unchanged);
        (await Readiness.SnapshotAsync(client))["id"]!.GetValue<string>().ShouldBe(first.Id);
        (await Answer(client)).Body!["data"]!["snapshot"]!["key"]!.GetValue<string>().ShouldNotBe(other.Id);
    }

    private static bool Refusal(LogRecord entry) =>
        entry.Category == "FinalAccounts.Api.Snapshot.SnapshotWatcher" && entry.Level == Microsoft.Extensions.Logging.LogLevel.Error;

    private OperationsFactory Server() => new(_files.PathOf("demo.db"), new Dictionary<string, string?>
    {
        ["Snapshot:CheckInterval"] = "00:00:00.200",
    });

    private static async Task<Exchange> Answer(HttpClient client)
    {
        var answer = await Exchange.PostAsync(client, "{ snapshot { key } units(first: 2) { nodes { name } } }");
        answer.Status.ShouldBe(HttpStatusCode.OK);
        answer.Errors.ShouldBeNull();
        return answer;
    }

    public void Dispose() => _files.Dispose();
}
