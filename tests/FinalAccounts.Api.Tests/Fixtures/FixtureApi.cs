using FinalAccounts.Api.Tests.Support;

namespace FinalAccounts.Api.Tests.Fixtures;

/// <summary>A server over the fixture snapshot, shared by the tests of one class.</summary>
public class FixtureApi : IDisposable
{
    public FixtureApi()
        : this(null)
    {
    }

    /// <summary>The server with <paramref name="settings"/> on top of the defaults.</summary>
    protected FixtureApi(IReadOnlyDictionary<string, string>? settings)
    {
        Factory = new ApiFactory(FixtureSnapshot.Path, settings);
        Client = Factory.CreateGraphQLClient();
    }

    public ApiFactory Factory { get; }

    public GraphQLClient Client { get; }

    public FixtureData Data => FixtureSnapshot.Data;

    public void Dispose()
    {
        Factory.Dispose();
        GC.SuppressFinalize(this);
    }
}
