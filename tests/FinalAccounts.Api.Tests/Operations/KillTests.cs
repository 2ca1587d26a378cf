using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using FinalAccounts.Api.Tests.Operations.Support;

namespace FinalAccounts.Api.Tests.Operations;

/// <summary>
/// A build killed with SIGKILL in the middle of writing over the served snapshot leaves that snapshot
/// byte-identical and serving; what the dead build leaves behind is a temporary file the server never
/// takes for a snapshot; the next build that completes is served.
/// </summary>
public sealed partial class KillTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    private readonly SnapshotFiles _files = new();

    [Fact]
    public async Task A_build_killed_mid_write_leaves_the_previous_snapshot_intact_and_served()
    {
        var previous = _files.Demo("demo.db", seed: 1);
        var path = _files.PathOf("demo.db");
        var sha = SnapshotFiles.Sha256(path);
        using var server = new OperationsFactory(path, new Dictionary<string, string?> { ["Snapshot:CheckInterval"] = "00:00:00.200" });
        var client = server.CreateClient();
        (await Readiness.SnapshotAsync(client))["id"]!.GetValue<string>().ShouldBe(previous.Id);

        using (var build = CliProcess.Start("demo", "--units", "600", "--years", "5", "--seed", "9", "--out", path))
        {
            var temp = await GrowingTemporaryFileAsync(build);
            build.HasExited.ShouldBeFalse($"the build should still be writing {temp}");
            build.Kill(); // SIGKILL: no finally block, no clean-up runs
            await build.WaitForExitAsync().WaitAsync(Bound);
        }

        SnapshotFiles.Sha256(path).ShouldBe(sha);
        await Task.Delay(1000); // five periodic checks
        var ready = await Readiness.SnapshotAsync(client);
        ready["id"]!.GetValue<string>().ShouldBe(previous.Id);
        ready["version"]!.GetValue<int>().ShouldBe(1);
        var answer = await Exchange.PostAsync(client, "{ snapshot { key } units(first: 3) { nodes { name } } }");
        answer.Status.ShouldBe(HttpStatusCode.OK);
        answer.Errors.ShouldBeNull();
        answer.Body!["data"]!["snapshot"]!["key"]!.GetValue<string>().ShouldBe(previous.Id);
        Directory.GetFiles(_files.Folder).Select(Path.GetFileName).Where(f => f != "demo.db")
            .ShouldAllBe(f => TemporaryFile().IsMatch(f!) || TemporaryFileCompanion().IsMatch(f!), "nothing but the dead build's temporary file is left beside the snapshot");

        using (var next = CliProcess.Start("demo", "--units", "5", "--years", "2", "--seed", "11", "--out", path))
        {
            await next.WaitForExitAsync().WaitAsync(Bound);
            next.ExitCode.ShouldBe(0);
        }

        var clock = Stopwatch.StartNew();
        while ((await Readiness.SnapshotAsync(client))["version"]!.GetValue<int>() < 2 && clock.Elapsed < Bound) await Task.Delay(50);
        var rebuilt = await Readiness.SnapshotAsync(client);
        rebuilt["version"]!.GetValue<int>().ShouldBe(2);
        rebuilt["id"]!.GetValue<string>().ShouldNotBe(previous.Id);
        (await Exchange.PostAsync(client, "{ snapshot { key } }")).Body!["data"]!["snapshot"]!["key"]!.GetValue<string>()
            .ShouldBe(rebuilt["id"]!.GetValue<string>());
    }

    /// <summary>Waits until the build's temporary file exists and has grown past its first pages.</summary>
    private async Task<string> GrowingTemporaryFileAsync(Process build)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Bound && !build.HasExited)
        {
            var temp = Directory.GetFiles(_files.Folder).Select(f => new FileInfo(f))
                .FirstOrDefault(f => TemporaryFile().IsMatch(f.Name) && f.Length > 256 * 1024);
            if (temp is not null) return temp.Name;
            await Task.Delay(10);
        }

        throw new TimeoutException($"No growing temporary file within {Bound}; the build {(build.HasExited ? $"exited with {build.ExitCode}" : "is still running")}.");
    }

    /// <summary>The writer's temporary files: <c>.{name}.{guid}.tmp</c> beside the target.</summary>
    [GeneratedRegex(@"^\.demo\.db\.[0-9a-f]{32}\.tmp$")]
    private static partial Regex TemporaryFile();

    /// <summary>What SQLite keeps beside a temporary file while it is written (write-ahead log, shared memory, journal).</summary>
    [GeneratedRegex(@"^\.demo\.db\.[0-9a-f]{32}\.tmp-(wal|shm|journal)$")]
    private static partial Regex TemporaryFileCompanion();

    public void Dispose() => _files.Dispose();
}
