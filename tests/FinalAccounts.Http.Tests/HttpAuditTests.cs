using System.Diagnostics;
using System.Reflection;
using FinalAccounts.Http.Tests.TestHost;
using Xunit.Abstractions;

namespace FinalAccounts.Http.Tests;

/// <summary>
/// Runs the GraphQL-over-HTTP audit suite (tests/http-audit, graphql-http's <c>serverAudits</c>) with node
/// against the transport served by Kestrel on a free loopback port. Every audit must pass: MUST,
/// SHOULD and the optional MAY ones this transport chose to meet.
/// </summary>
public sealed class HttpAuditTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Every_audit_of_the_graphql_over_http_suite_passes()
    {
        var auditFolder = Path.Combine(RepositoryRoot(), "tests", "http-audit");
        if (!File.Exists(Path.Combine(auditFolder, "node_modules", "graphql-http", "package.json")))
        {
            var install = await RunAsync("npm", auditFolder, "ci", "--no-audit", "--no-fund");
            install.ExitCode.ShouldBe(0, install.Output);
        }

        await using var server = await ChatServer.StartAsync(onKestrel: true);
        var audit = await RunAsync("node", auditFolder, "audit.mjs", server.Url!);
        output.WriteLine(audit.Output);

        audit.ExitCode.ShouldBe(0, audit.Output);
        var lines = audit.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines.ShouldContain("0 optional (MAY) audits not met", audit.Output);
        lines.ShouldContain(l => l.StartsWith("ok ", StringComparison.Ordinal) && l.Contains(" MUST ", StringComparison.Ordinal));
        lines.Where(l => l.StartsWith("FAIL", StringComparison.Ordinal) || l.StartsWith("warn", StringComparison.Ordinal)).ShouldBeEmpty(audit.Output);
    }

    private static string RepositoryRoot() =>
        typeof(HttpAuditTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "RepositoryRoot").Value!;

    private static async Task<(int ExitCode, string Output)> RunAsync(string fileName, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(Limit);
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish within {Limit}.");
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
