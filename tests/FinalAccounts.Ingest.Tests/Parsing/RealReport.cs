using System.Runtime.CompilerServices;

namespace FinalAccounts.Ingest.Tests.Parsing;

/// <summary>The published Wanzhou 2021 report, read from the repository's data/reports.</summary>
internal static class RealReport
{
    public const string FileName = "wanzhou-party-govt-info-center-2021.txt";

    /// <summary>
    /// Walks up from the test binaries to the folder with Api.sln; when the binaries were built outside the
    /// repository (an isolated artifacts path), walks up from this source file instead.
    /// </summary>
    public static string Path => System.IO.Path.Combine(RepositoryRoot(), "data", "reports", FileName);

    public static byte[] Bytes => File.ReadAllBytes(Path);

    public static string Text => File.ReadAllText(Path);

    /// <summary>Original lines <paramref name="first"/> to <paramref name="last"/> (1-based, inclusive), joined with newlines.</summary>
    public static string Lines(int first, int last) =>
        string.Join('\n', File.ReadAllLines(Path).Skip(first - 1).Take(last - first + 1));

    private static string RepositoryRoot([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, System.IO.Path.GetDirectoryName(sourceFile)! })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(directory.FullName, "Api.sln"))) return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No folder holding Api.sln above {AppContext.BaseDirectory} or {sourceFile}.");
    }
}
