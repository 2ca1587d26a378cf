using GraphQL.Types;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>The AnalyticsMetric enum: one value per entry of the metric catalogue, so the schema cannot drift from it.</summary>
public sealed class AnalyticsMetricType : EnumerationGraphType
{
    public AnalyticsMetricType()
    {
        Name = "AnalyticsMetric";
        Description = "Every amount the snapshot holds that analytics can sum, in 万元: each stated metric of the final accounts (the same names as Metric), procurement and its parts, and expenditure by functional category. `metrics` lists them with Chinese and English names.";
        foreach (var metric in MetricCatalogue.All)
            Add(metric.Name, metric, $"{metric.NameEn}. {metric.Description}");
    }
}
