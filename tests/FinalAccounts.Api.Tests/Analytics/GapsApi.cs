using FinalAccounts.Api.Tests.Support;

namespace FinalAccounts.Api.Tests.Analytics;

/// <summary>A server over the demo snapshot with two missing years of one unit.</summary>
public sealed class GapsApi : IDisposable
{
    public GapsApi()
    {
        Factory = new ApiFactory(DemoSnapshots.Gaps);
        Client = Factory.CreateGraphQLClient();
    }

    public ApiFactory Factory { get; }

    public GraphQLClient Client { get; }

    public void Dispose() => Factory.Dispose();
}
