using FinalAccounts.Data.Entities;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>One amount the snapshot holds, as analytics see it: its schema name, its labels, and where its facts are read from.</summary>
/// <param name="Name">The AnalyticsMetric enum value, e.g. INCOME_TOTAL.</param>
/// <param name="Metric">The stated figure behind it; null for expenditure by category, which has no figure row.</param>
/// <param name="Source">The table of its facts.</param>
public sealed record MetricDefinition(
    string Name,
    Metric? Metric,
    MetricSource Source,
    string NameZh,
    string NameEn,
    string Description)
{
    /// <summary>Facts by category carry a category and a budget source; the others do not.</summary>
    public bool HasCategories => Source == MetricSource.Expenditure;

    /// <summary>Figures state the change against the previous year, from which that year's value is derived.</summary>
    public bool Derivable => Metric is not null;

    public bool Allows(AnalyticsDimension dimension) =>
        HasCategories || dimension is not (AnalyticsDimension.Category or AnalyticsDimension.BudgetSource);

    public IEnumerable<AnalyticsDimension> Dimensions => Enum.GetValues<AnalyticsDimension>().Where(Allows);
}
