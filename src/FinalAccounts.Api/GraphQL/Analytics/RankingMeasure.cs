using System.ComponentModel;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>What units are ranked by.</summary>
[Description("What a ranking orders units by.")]
public enum RankingMeasure
{
    [Description("The metric's value in `year`.")]
    Value,
    [Description("The change from `compareWith` to `year`, in 万元; units without a value in both years are not ranked.")]
    ChangeAmount,
    [Description("The change from `compareWith` to `year`, in percent of the `compareWith` value; units without a value in both years, or with 0 in `compareWith`, are not ranked.")]
    ChangePercent,
}
