using FinalAccounts.Api.GraphQL.Conventions;
using FinalAccounts.Data.Entities;
using GraphQL.Types;

namespace FinalAccounts.Api.GraphQL.Performance;

/// <summary>Performance indicators across all projects.</summary>
public sealed class PerformanceIndicatorQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query, ConventionTypes types) =>
        query.AddField(types.ConnectionField<PerformanceIndicator>("performanceIndicators",
            "Performance indicators (绩效指标) of every project: target, actual value, weight and score."));
}
