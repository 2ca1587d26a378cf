using FinalAccounts.Api.Tests.Support;
using FinalAccounts.Ingest.Snapshot;

namespace FinalAccounts.Api.Tests.Fixtures;

/// <summary>A server over a snapshot built by the real ingest from the repository's data/reports.</summary>
public sealed class RealReportApi : IDisposable
{
    private readonly string _folder;

    public RealReportApi()
    {
        _folder = Directory.CreateTempSubdirectory("finalaccounts-real-").FullName;
        SnapshotPath = Path.Combine(_folder, "snapshot.db");
        var log = new StringWriter();
        var result = SnapshotBuilder.Build(RepositoryPaths.Reports, SnapshotPath, log);
        if (!result.SnapshotWritten) throw new InvalidOperationException("The real reports did not build:\n" + log);
        Factory = new ApiFactory(SnapshotPath);
        Client = Factory.CreateGraphQLClient();
    }

    public string SnapshotPath { get; }

    public ApiFactory Factory { get; }

    public GraphQLClient Client { get; }

    public void Dispose()
    {
        Factory.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
