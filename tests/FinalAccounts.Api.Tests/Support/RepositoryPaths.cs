using System.Runtime.CompilerServices;

namespace FinalAccounts.Api.Tests.Support;

/// <summary>Paths inside the repository, found from this source file (tests may run from any artifacts folder).</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SchemaFile => Path.Combine(Root, "schema.graphql");

    public static string Reports => Path.Combine(Root, "data", "reports");

    public static string Readme => Path.Combine(Root, "README.md");

    public static string HttpFile => Path.Combine(Root, "src", "FinalAccounts.Api", "FinalAccounts.Api.http");

    private static string FindRoot([CallerFilePath] string source = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(source)!); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Api.sln")))
                return dir.FullName;
        throw new InvalidOperationException($"No Api.sln above {source}.");
    }
}
