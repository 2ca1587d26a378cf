using FinalAccounts.Api.GraphQL.Conventions;
using GraphQL.Types;
using static FinalAccounts.Api.GraphQL.Conventions.Fields;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>Root fields listing the codebooks of analytics with Chinese and English names: metrics, budget sources, unit kinds.</summary>
public static class CatalogueFields
{
    public static IEnumerable<FieldType> Create(AnalyticsTypes analytics)
    {
        yield return Output("metrics", NonNull(ListOfNonNull(analytics.MetricInfo)),
            "Every amount analytics can sum (the AnalyticsMetric values), with Chinese and English names, the table its facts come from and the dimensions that apply.",
            new SourceResolver(_ => MetricCatalogue.All));
        yield return Output("budgetSources", NonNull(ListOfNonNull(analytics.BudgetSourceInfo)),
            "The budget sources of fiscal appropriations, with Chinese and English names.",
            new SourceResolver(_ => BudgetSourceLabel.All));
        yield return Output("unitKinds", NonNull(ListOfNonNull(analytics.UnitKindInfo)),
            "The kinds of unit reports state (Unit.kind), with English names.",
            new SourceResolver(_ => UnitKindLabel.Known));
    }
}
