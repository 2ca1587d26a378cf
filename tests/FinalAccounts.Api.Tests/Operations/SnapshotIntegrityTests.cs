using System.Net;
using FinalAccounts.Api.Tests.Operations.Support;
using FinalAccounts.Data.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace FinalAccounts.Api.Tests.Operations;

/// <summary>
/// Serving never changes the snapshot: after a server has answered every root list, introspection, a
/// statement stopped by its timeout and attempted writes, and has shut down, the file has the same SHA-256
/// and modification time, and nothing (journal, WAL, shared memory) was created beside it.
/// </summary>
public sealed class SnapshotIntegrityTests : IDisposable
{
    private static readonly string[] Queries =
    [
        "{ snapshot { key kind builtAt documentCount } }",
        "{ units(first: 5) { totalCount nodes { id name region supervisingDepartment finalAccounts { year incomeTotal expenditureTotal } } } }",
        "{ fiscalYears { nodes { year } } }",
        "{ finalAccounts(first: 5, order: [{ expenditureTotal: DESC }]) { nodes { year expenditureTotal expenditures { amount category { code } } } pageInfo { endCursor hasNextPage } } }",
        "{ expenseCategories(first: 30) { nodes { code nameZh nameEn } } }",
        "{ procurements(first: 5) { nodes { total services } } }",
        "{ performanceProjects(first: 5) { nodes { name indicators { name weight score } } } }",
        "{ dataQualityFindings(first: 10) { nodes { rule severity message } } }",
        "{ sourceDocuments(first: 5) { nodes { fileName title lineCount } } }",
        "{ __schema { types { name fields { name } } } }",
    ];

    private readonly SnapshotFiles _files = new();

    [Fact]
    public async Task The_snapshot_file_is_byte_identical_after_a_server_has_served_it()
    {
        _files.Real();
        var path = _files.PathOf("snapshot.db");
        var sha = SnapshotFiles.Sha256(path);
        var written = File.GetLastWriteTimeUtc(path);
        var stall = new SqlStall();

        using (var server = new OperationsFactory(path,
            new Dictionary<string, string?> { ["Operations:ExecutionTimeout"] = "00:00:05" },
            s => s.AddSingleton<IInterceptor>(stall)))
        {
            var client = server.CreateClient();
            foreach (var query in Queries)
            {
                var answer = await Exchange.PostAsync(client, query);
                answer.Status.ShouldBe(HttpStatusCode.OK, query);
                answer.Body!["data"].ShouldNotBeNull(query);
            }

            stall.Arm();
            (await Exchange.PostAsync(client, Queries[1])).ErrorCode.ShouldBe("TIMEOUT");
            stall.Disarm();

            using var scope = server.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<SnapshotContext>();
            Should.Throw<SqliteException>(() => db.Database.ExecuteSqlRaw("DELETE FROM final_account"));
            Should.Throw<SqliteException>(() => db.Database.ExecuteSqlRaw("VACUUM"));
        }

        SqliteConnection.ClearAllPools();
        SnapshotFiles.Sha256(path).ShouldBe(sha);
        File.GetLastWriteTimeUtc(path).ShouldBe(written);
        Directory.GetFiles(_files.Folder).Select(Path.GetFileName).ShouldBe(["snapshot.db"]);
    }

    public void Dispose() => _files.Dispose();
}
