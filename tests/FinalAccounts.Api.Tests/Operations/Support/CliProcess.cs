using System.Diagnostics;

namespace FinalAccounts.Api.Tests.Operations.Support;

/// <summary>The command-line tool (<c>finalaccounts</c>, copied beside the tests) run as a child process.</summary>
public static class CliProcess
{
    public static string Assembly => Path.Combine(AppContext.BaseDirectory, "finalaccounts.dll");

    /// <summary>Starts <c>finalaccounts <paramref name="arguments"/></c>; its output is read and discarded.</summary>
    public static Process Start(params string[] arguments)
    {
        File.Exists(Assembly).ShouldBeTrue($"the CLI should be built beside the tests: {Assembly}");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Assembly);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var process = Process.Start(start) ?? throw new InvalidOperationException("The CLI did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
