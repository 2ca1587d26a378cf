using FinalAccounts.Data.Entities;
using FinalAccounts.Ingest.Model;

namespace FinalAccounts.Ingest.Checks;

/// <summary>Whether an indicator's actual value meets its target under the indicator's operator (指标性质).</summary>
internal static class IndicatorTarget
{
    /// <summary>The adjusted target (调整指标值) replaces the initial one when the table gives one.</summary>
    public static decimal? Of(IndicatorRow indicator) => indicator.AdjustedTarget ?? indicator.InitialTarget;

    /// <summary>Null when it cannot be told from numbers: a qualitative indicator, or a target or actual value not stated.</summary>
    public static bool? IsMet(IndicatorRow indicator)
    {
        if (Of(indicator) is not { } target || indicator.ActualValue is not { } actual)
        {
            return null;
        }

        return indicator.Operator switch
        {
            IndicatorOperator.AtLeast => actual >= target,
            IndicatorOperator.AtMost => actual <= target,
            IndicatorOperator.Equal => actual == target,
            IndicatorOperator.Above => actual > target,
            IndicatorOperator.Below => actual < target,
            _ => null,
        };
    }

    public static string Symbol(IndicatorOperator op) => op switch
    {
        IndicatorOperator.AtLeast => "≥",
        IndicatorOperator.AtMost => "≤",
        IndicatorOperator.Equal => "=",
        IndicatorOperator.Above => ">",
        IndicatorOperator.Below => "<",
        _ => "",
    };
}
