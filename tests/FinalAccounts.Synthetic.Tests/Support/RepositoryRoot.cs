using System.Runtime.CompilerServices;

namespace FinalAccounts.Synthetic.Tests.Support;

/// <summary>
/// The repository's root folder (the one holding Api.sln): found from the test binaries upwards, or, when they
/// were built outside the work tree (--artifacts-path), from this source file upwards.
/// </summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, System.IO.Path.GetDirectoryName(sourceFile) ?? "" })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "Api.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No Api.sln above {AppContext.BaseDirectory} or {sourceFile}.");
    }
}
