using FinalAccounts.Api.GraphQL.Conventions;
using GraphQL.Types;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>Analytics root fields: the metric catalogue and codebooks with English names, aggregates, series, trends, budget execution and rankings.</summary>
public sealed class AnalyticsQueries : IQueryFields
{
    public void AddTo(ObjectGraphType query, ConventionTypes types)
    {
        var analytics = new AnalyticsTypes(types);
        foreach (var field in CatalogueFields.Create(analytics))
            query.AddField(field);
        query.AddField(AggregateField.Create(types, analytics));
        query.AddField(SeriesField.Create(types, analytics));
        query.AddField(TrendField.Create(types, analytics));
        query.AddField(BudgetExecutionField.Create(types, analytics));
        query.AddField(RankingField.Create(types, analytics));
    }
}
