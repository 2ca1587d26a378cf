using System.Diagnostics;
using System.Text.Json.Nodes;

namespace FinalAccounts.Api.Tests.Operations.Support;

/// <summary>Reads and waits on <c>/healthz/ready</c>.</summary>
public static class Readiness
{
    public static async Task<JsonNode> SnapshotAsync(HttpClient client) =>
        (await Exchange.GetAsync(client, "/healthz/ready")).Body!["snapshot"]!;

    /// <summary>Polls until the server reports snapshot <paramref name="id"/>; fails after <paramref name="timeout"/>.</summary>
    public static async Task<JsonNode> WaitForAsync(HttpClient client, string id, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var snapshot = await SnapshotAsync(client);
            if (snapshot["id"]!.GetValue<string>() == id) return snapshot;
            if (clock.Elapsed > timeout) throw new TimeoutException($"Still serving {snapshot["id"]} after {timeout}, expected {id}.");
            await Task.Delay(25);
        }
    }
}
