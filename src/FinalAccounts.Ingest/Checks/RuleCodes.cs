namespace FinalAccounts.Ingest.Checks;

/// <summary>Stable codes of the identity rules. They are served by the API, so they never change once published.</summary>
public static class RuleCodes
{
    public const string IncomeTotalSum = "INCOME_TOTAL_SUM";
    public const string ExpenditureTotalSum = "EXPENDITURE_TOTAL_SUM";
    public const string ExpenditureSubtotalSplit = "EXPENDITURE_SUBTOTAL_SPLIT";
    public const string BasicSplit = "BASIC_SPLIT";
    public const string CategorySum = "CATEGORY_SUM";
    public const string FiscalAppropriationSum = "FISCAL_APPROPRIATION_SUM";
    public const string ProcurementSum = "PROCUREMENT_SUM";
    public const string StatedShare = "STATED_SHARE";
    public const string StatedPercent = "STATED_PERCENT";
    public const string BudgetBaseConsistency = "BUDGET_BASE_CONSISTENCY";
    public const string IndicatorWeightsSum = "INDICATOR_WEIGHTS_SUM";
    public const string IndicatorScoreExceedsWeight = "INDICATOR_SCORE_EXCEEDS_WEIGHT";
    public const string IndicatorMissedTargetFullScore = "INDICATOR_MISSED_TARGET_FULL_SCORE";
}
