using System.ComponentModel;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>Where the value of a trend point comes from.</summary>
[Description("Where the value of a trend point comes from. Reported and derived values are never mixed in one point.")]
public enum TrendPointStatus
{
    [Description("Sum of amounts stated by the year's reports.")]
    Reported,
    [Description("No report of the year is in scope; the value is derived from the next year's reports: their amounts minus the changes they state against the previous year.")]
    Derived,
    [Description("No report states the year and none lets it be derived: the value is null, never zero.")]
    Gap,
}
