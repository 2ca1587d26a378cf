namespace FinalAccounts.Api.Tests.Fixtures;

/// <summary>One fixture snapshot file per test run, written to a temporary folder and removed at exit.</summary>
public static class FixtureSnapshot
{
    private static readonly Lazy<(FixtureData Data, string Path)> Shared = new(Create);

    public static FixtureData Data => Shared.Value.Data;

    public static string Path => Shared.Value.Path;

    private static (FixtureData, string) Create()
    {
        var folder = Directory.CreateTempSubdirectory("finalaccounts-api-tests-").FullName;
        var path = System.IO.Path.Combine(folder, "fixture.db");
        var data = FixtureSnapshotBuilder.Build();
        FixtureSnapshotBuilder.Write(data, path);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        };
        return (data, path);
    }
}
