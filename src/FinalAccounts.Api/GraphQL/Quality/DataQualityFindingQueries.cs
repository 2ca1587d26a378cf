using FinalAccounts.Api.GraphQL.Conventions;
using FinalAccounts.Data.Entities;
using GraphQL.Types;

namespace FinalAccounts.Api.GraphQL.Quality;

/// <summary>Data-quality findings: identities the reports state that do not hold.</summary>
public sealed class DataQualityFindingQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query, ConventionTypes types) =>
        query.AddField(types.ConnectionField<DataQualityFinding>("dataQualityFindings",
            "Checks of the reports' own identities that did not hold (or held only up to rounding). Figures stay as published; findings say what is wrong."));
}
