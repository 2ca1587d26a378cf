using FinalAccounts.Api.GraphQL.Conventions;
using FinalAccounts.Data.Entities;
using GraphQL.Types;

namespace FinalAccounts.Api.GraphQL.Accounts;

/// <summary>Final accounts (one unit in one year): the list and the lookup by id.</summary>
public sealed class FinalAccountQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query, ConventionTypes types)
    {
        query.AddField(types.ConnectionField<FinalAccount>("finalAccounts",
            "Final accounts (决算): one unit in one fiscal year, with every stated total (万元), the three public expenses, other matters and the performance summary."));
        query.AddField(types.LookupField<FinalAccount>("finalAccount", "One final account by global id; null when there is none."));
    }
}
