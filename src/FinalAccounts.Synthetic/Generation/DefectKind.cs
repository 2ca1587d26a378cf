namespace FinalAccounts.Synthetic.Generation;

/// <summary>The deliberate errors a demo report may carry, each like one found in real reports.</summary>
public enum DefectKind
{
    /// <summary>A stated change percent (against the previous year or the initial budget) that is not change / base.</summary>
    StatedChangePercent,
    /// <summary>A category's stated share that is not its amount / general-budget expenditure.</summary>
    StatedSharePercent,
    /// <summary>Procurement parts (goods + works + services) that do not add up to the stated total.</summary>
    ProcurementParts,
    /// <summary>Indicator weights of one project that do not sum to 100.</summary>
    IndicatorWeights,
    /// <summary>An indicator score above its weight.</summary>
    ScoreAboveWeight,
    /// <summary>An indicator that misses its target yet gets its full weight as score.</summary>
    FullScoreOnMissedTarget,
}
