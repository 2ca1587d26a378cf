using FinalAccounts.Api.GraphQL.Conventions;
using FinalAccounts.Data.Entities;
using GraphQL.Types;

namespace FinalAccounts.Api.GraphQL.Expenditures;

/// <summary>Expenditure facts: unit × year × functional category × budget source.</summary>
public sealed class ExpenditureQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query, ConventionTypes types) =>
        query.AddField(types.ConnectionField<Expenditure>("expenditures",
            "Expenditure by functional category: one unit, one year, one category, one budget source, with stated shares and budget comparisons (万元)."));
}
