using FinalAccounts.Api.GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace FinalAccounts.Api.Tests.Support;

/// <summary>The schema exactly as the server registers it, without a snapshot (printing needs none).</summary>
public static class SchemaFactory
{
    public static ISchema Create()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddFinalAccountsGraphQL();
        var schema = services.BuildServiceProvider().GetRequiredService<ISchema>();
        schema.Initialize();
        return schema;
    }
}
