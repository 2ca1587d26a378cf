using FinalAccounts.Api.GraphQL.Conventions;
using GraphQL.Types;

namespace FinalAccounts.Api.GraphQL.Procurement;

/// <summary>Government procurement per unit and year.</summary>
public sealed class ProcurementQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query, ConventionTypes types) =>
        query.AddField(types.ConnectionField<Data.Entities.Procurement>("procurements",
            "Government procurement (政府采购) of one unit in one year: total, goods, works, services, and the shares awarded to SMEs and to small and micro enterprises (万元)."));
}
