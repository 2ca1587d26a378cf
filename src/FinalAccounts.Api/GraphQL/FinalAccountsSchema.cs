using FinalAccounts.Api.GraphQL.Conventions;
using GraphQL.Types;

namespace FinalAccounts.Api.GraphQL;

/// <summary>The read-only final-accounts schema: a query root and no mutation type.</summary>
public sealed class FinalAccountsSchema : Schema
{
    public FinalAccountsSchema(IServiceProvider services, QueryType query, ConventionTypes types) : base(services)
    {
        Query = query;
        Description = "Read-only open data over published final-accounts reports (决算) of Chinese public-sector units. Amounts are exact decimals in 万元.";
        // Every entity implements Node, so node(id) can return any of them even when no field reaches the type.
        foreach (var type in types.ObjectTypes)
            RegisterType(type);
    }
}
