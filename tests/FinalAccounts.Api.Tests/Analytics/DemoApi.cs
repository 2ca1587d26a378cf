using FinalAccounts.Api.Tests.Support;
using FinalAccounts.Data.Storage;

namespace FinalAccounts.Api.Tests.Analytics;

/// <summary>A server over the multi-year demo snapshot, and read access to the same file for computing expected answers.</summary>
public sealed class DemoApi : IDisposable
{
    public DemoApi()
    {
        Factory = new ApiFactory(DemoSnapshots.Demo);
        Client = Factory.CreateGraphQLClient();
    }

    public ApiFactory Factory { get; }

    public GraphQLClient Client { get; }

    /// <summary>A read-only context over the snapshot the server serves: expected answers are computed from its rows in C#.</summary>
    public static SnapshotContext Open() => SnapshotFile.OpenReadOnly(DemoSnapshots.Demo);

    public void Dispose() => Factory.Dispose();
}
