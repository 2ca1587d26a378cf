using FinalAccounts.Api.GraphQL.Conventions;
using FinalAccounts.Data.Entities;
using GraphQL.Types;

namespace FinalAccounts.Api.GraphQL.Performance;

/// <summary>Performance self-evaluation tables.</summary>
public sealed class PerformanceProjectQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query, ConventionTypes types) =>
        query.AddField(types.ConnectionField<PerformanceProject>("performanceProjects",
            "Projects' performance self-evaluation tables (绩效自评表): funds (万元), goals, score and indicators. No contact person or phone is kept."));
}
