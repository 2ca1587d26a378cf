namespace FinalAccounts.Ingest.Model;

/// <summary>
/// One figure as the report states it: the amount, the changes it states beside it, and the reason.
/// Decreases are negative; "持平" is a change of 0. A change from a base of 0 stated as 增长100% stays as stated.
/// </summary>
public sealed class StatedFigure
{
    public decimal? Amount { get; set; }
    public int Line { get; set; }
    public decimal? ChangeAmount { get; set; }
    public decimal? ChangePercent { get; set; }
    public int? ChangeLine { get; set; }
    public decimal? BudgetChangeAmount { get; set; }
    public decimal? BudgetChangePercent { get; set; }
    public int? BudgetChangeLine { get; set; }
    public decimal? SharePercent { get; set; }
    public string? Reason { get; set; }

    /// <summary>Derived, never reported: amount − stated change.</summary>
    public decimal? PreviousYearAmount => Amount - ChangeAmount;

    /// <summary>Derived, never reported: amount − stated change against the initial budget.</summary>
    public decimal? InitialBudgetAmount => Amount - BudgetChangeAmount;
}
