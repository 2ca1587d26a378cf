using System.ComponentModel;

namespace FinalAccounts.Data.Entities;

[Description("Expenditure of one unit in one year in one functional category (支出功能分类) from one budget source. Amounts are in 万元.")]
public sealed class Expenditure
{
    [Description("Stable key: account key, budget source and category.")]
    public required string Id { get; init; }
    [Description("Key of the final account.")]
    public required string AccountId { get; set; }
    [Description("Key of the unit.")]
    public required string UnitId { get; set; }
    [Description("Fiscal year.")]
    public int Year { get; set; }
    [Description("Key of the functional category.")]
    public required string CategoryId { get; set; }
    [Description("Budget the money comes from.")]
    public BudgetSource BudgetSource { get; set; }
    [Description("Category name exactly as the report states it.")]
    public required string StatedName { get; set; }
    [Description("Position in the report's list, from 1.")]
    public int Ordinal { get; set; }
    [Money, Description("Amount spent, in 万元.")] public decimal? Amount { get; set; }
    [Description("Stated share of the budget's total expenditure, in percent.")] public decimal? SharePercent { get; set; }
    [Money, Description("Stated change against the initial budget, in 万元.")] public decimal? BudgetChangeAmount { get; set; }
    [Description("Stated change against the initial budget, in percent.")] public decimal? BudgetChangePercent { get; set; }
    [Money, Description("Derived, not reported: initial budget = amount − stated change against budget, in 万元.")] public decimal? InitialBudgetAmount { get; set; }
    [Description("Stated reason for the difference from the budget.")] public string? Reason { get; set; }
    [Description("Whether the values are reported or synthetic.")]
    public Provenance Provenance { get; set; }
    [Description("Key of the source document.")]
    public required string DocumentId { get; set; }
    [Description("Line of the amount in the source document.")]
    public int? Line { get; set; }

    public FinalAccount? Account { get; set; }
    public ExpenseCategory? Category { get; set; }
    public Unit? Unit { get; set; }
    public SourceDocument? Document { get; set; }
}
