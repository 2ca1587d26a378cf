using System.Net;
using FinalAccounts.Api.Tests.Operations.Support;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace FinalAccounts.Api.Tests.Operations;

/// <summary>
/// Over a real Kestrel socket: a request in flight when the host is asked to stop (as on SIGTERM) is
/// finished and answered in full, and the host stops only then.
/// </summary>
public sealed class GracefulShutdownTests : IDisposable
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);

    private readonly SnapshotFiles _files = new();
    private readonly SqlGate _gate = new();
    private readonly OperationsFactory _server;

    public GracefulShutdownTests()
    {
        _files.Demo("demo.db");
        _server = new OperationsFactory(_files.PathOf("demo.db"),
            new Dictionary<string, string?> { ["Operations:ShutdownTimeout"] = "00:00:20" },
            s => s.AddSingleton<IInterceptor>(_gate));
        _server.UseKestrel(0);
        _server.StartServer();
    }

    [Fact]
    public async Task A_request_in_flight_during_StopAsync_completes()
    {
        using var client = _server.CreateClient();
        (await Exchange.GetAsync(client, "/healthz/ready")).Status.ShouldBe(HttpStatusCode.OK);
        _gate.Close();

        var inFlight = Exchange.PostAsync(client, "{ units(first: 3) { nodes { name } } }");
        await _gate.ArrivalsAsync(1, Bound);
        var stopping = _server.Host.StopAsync();
        await Task.Delay(500);

        stopping.IsCompleted.ShouldBeFalse("the host must wait for the request in flight");
        inFlight.IsCompleted.ShouldBeFalse();

        _gate.Open();
        var answer = await inFlight.WaitAsync(Bound);
        answer.Status.ShouldBe(HttpStatusCode.OK);
        answer.Errors.ShouldBeNull();
        answer.Body!["data"]!["units"]!["nodes"]!.AsArray().Count.ShouldBe(3);
        await stopping.WaitAsync(Bound);
    }

    public void Dispose()
    {
        _gate.Open();
        _server.Dispose();
        _files.Dispose();
    }
}
