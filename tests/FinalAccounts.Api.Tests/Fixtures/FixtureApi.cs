using FinalAccounts.Api.Tests.Support;

namespace FinalAccounts.Api.Tests.Fixtures;

/// <summary>A server over the fixture snapshot, shared by the tests of one class.</summary>
public sealed class FixtureApi : IDisposable
{
    public FixtureApi()
    {
        Factory = new ApiFactory(FixtureSnapshot.Path);
        Client = Factory.CreateGraphQLClient();
    }

    public ApiFactory Factory { get; }

    public GraphQLClient Client { get; }

    public FixtureData Data => FixtureSnapshot.Data;

    public void Dispose() => Factory.Dispose();
}
