using FinalAccounts.Api.GraphQL.Conventions;
using FinalAccounts.Data.Entities;
using GraphQL.Types;

namespace FinalAccounts.Api.GraphQL.Years;

/// <summary>Fiscal years, each with the final accounts published for it and totals across them.</summary>
public sealed class FiscalYearQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query, ConventionTypes types) =>
        query.AddField(types.ConnectionField<FiscalYear>("fiscalYears",
            "Fiscal years with at least one published report, each with its final accounts and totals across them (computed in SQL)."));
}
