using System.ComponentModel;

namespace FinalAccounts.Data.Entities;

/// <summary>How an indicator's actual value is compared with its target (指标性质).</summary>
[Description("How an indicator's actual value is compared with its target (指标性质).")]
public enum IndicatorOperator
{
    /// <summary>≥.</summary>
    [Description("≥: the actual value should be at least the target.")]
    AtLeast,
    /// <summary>≤.</summary>
    [Description("≤: the actual value should be at most the target.")]
    AtMost,
    /// <summary>=.</summary>
    [Description("=: the actual value should equal the target.")]
    Equal,
    /// <summary>&gt;.</summary>
    [Description(">: the actual value should exceed the target.")]
    Above,
    /// <summary>&lt;.</summary>
    [Description("<: the actual value should stay below the target.")]
    Below,
    /// <summary>A qualitative indicator (定性), compared in words.</summary>
    [Description("A qualitative indicator (定性), compared in words.")]
    Qualitative,
}
