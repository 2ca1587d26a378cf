namespace FinalAccounts.Data.Entities;

/// <summary>How an indicator's actual value is compared with its target (指标性质).</summary>
public enum IndicatorOperator
{
    /// <summary>≥.</summary>
    AtLeast,
    /// <summary>≤.</summary>
    AtMost,
    /// <summary>=.</summary>
    Equal,
    /// <summary>&gt;.</summary>
    Above,
    /// <summary>&lt;.</summary>
    Below,
    /// <summary>A qualitative indicator (定性), compared in words.</summary>
    Qualitative,
}
