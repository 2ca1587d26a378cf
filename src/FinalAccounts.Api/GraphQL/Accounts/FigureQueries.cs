using FinalAccounts.Api.GraphQL.Conventions;
using FinalAccounts.Data.Entities;
using GraphQL.Types;

namespace FinalAccounts.Api.GraphQL.Accounts;

/// <summary>Stated figures across all final accounts, for comparisons of one metric between units and years.</summary>
public sealed class FigureQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query, ConventionTypes types) =>
        query.AddField(types.ConnectionField<Figure>("figures",
            "Every stated figure of every final account with its line, stated changes, derived previous-year and budget values (万元), and reason."));
}
