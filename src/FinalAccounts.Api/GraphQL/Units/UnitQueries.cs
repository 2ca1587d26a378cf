using FinalAccounts.Api.GraphQL.Conventions;
using FinalAccounts.Data.Entities;
using GraphQL.Types;

namespace FinalAccounts.Api.GraphQL.Units;

/// <summary>Budget units: the list and the lookup by id.</summary>
public sealed class UnitQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query, ConventionTypes types)
    {
        query.AddField(types.ConnectionField<Unit>("units",
            "Budget units (预算单位) that published final accounts: name, region, supervising department, kind, duties, divisions and their final accounts by year."));
        query.AddField(types.LookupField<Unit>("unit", "One budget unit by global id; null when there is none."));
    }
}
