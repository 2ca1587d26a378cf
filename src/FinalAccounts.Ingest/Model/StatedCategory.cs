using FinalAccounts.Data.Entities;

namespace FinalAccounts.Ingest.Model;

/// <summary>One line of "by functional category": name as stated, amount, share, change against budget, reason.</summary>
public sealed class StatedCategory
{
    public int Ordinal { get; set; }
    public required string StatedName { get; set; }
    public BudgetSource BudgetSource { get; set; } = BudgetSource.GeneralPublicBudget;
    public decimal? Amount { get; set; }
    public decimal? SharePercent { get; set; }
    public decimal? BudgetChangeAmount { get; set; }
    public decimal? BudgetChangePercent { get; set; }
    public string? Reason { get; set; }
    public int Line { get; set; }
}
