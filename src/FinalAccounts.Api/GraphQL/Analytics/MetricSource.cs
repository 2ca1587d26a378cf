using System.ComponentModel;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>The snapshot table whose rows are the facts of a metric.</summary>
[Description("Where the facts of a metric are read from.")]
public enum MetricSource
{
    [Description("The stated figures: one fact per unit, year and metric, with the same amount as the final account's (or procurement row's) column, beside the stated changes the trend derives previous years from.")]
    Figure,
    [Description("Expenditure by functional category: one fact per unit, year, category and budget source.")]
    Expenditure,
}
