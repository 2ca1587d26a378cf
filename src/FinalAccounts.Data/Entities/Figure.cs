using System.ComponentModel;

namespace FinalAccounts.Data.Entities;

[Description("One stated figure of a final account with its provenance: the amount, the stated change against the previous year and the initial budget, the values derived from them, and the stated reason. Amounts are in 万元; percentages are plain numbers (765.6 means 765.6%).")]
public sealed class Figure
{
    [Description("Stable key: account key and metric.")]
    public required string Id { get; init; }
    [Description("Key of the final account.")]
    public required string AccountId { get; set; }
    [Description("Key of the unit.")]
    public required string UnitId { get; set; }
    [Description("Fiscal year.")]
    public int Year { get; set; }
    [Description("Which figure this is.")]
    public Metric Metric { get; set; }
    [Money, Description("The stated amount, in 万元.")] public decimal? Amount { get; set; }
    [Description("Whether the stated values are reported or synthetic. Derived values below are always derived.")]
    public Provenance Provenance { get; set; }
    [Description("Key of the source document.")]
    public required string DocumentId { get; set; }
    [Description("Line of the amount in the source document.")]
    public int? Line { get; set; }
    [Money, Description("Stated change against the previous year's final accounts, in 万元 (negative for a decrease).")] public decimal? ChangeAmount { get; set; }
    [Description("Stated change against the previous year, in percent (negative for a decrease).")] public decimal? ChangePercent { get; set; }
    [Money, Description("Derived, not reported: previous year's amount = amount − stated change, in 万元.")] public decimal? PreviousYearAmount { get; set; }
    [Money, Description("Stated change against the initial budget (年初预算), in 万元.")] public decimal? BudgetChangeAmount { get; set; }
    [Description("Stated change against the initial budget, in percent.")] public decimal? BudgetChangePercent { get; set; }
    [Money, Description("Derived, not reported: initial budget = amount − stated change against budget, in 万元.")] public decimal? InitialBudgetAmount { get; set; }
    [Description("Stated share of the parent total, in percent (e.g. basic expenditure 6.4).")] public decimal? SharePercent { get; set; }
    [Description("Stated reason for the change (主要原因).")] public string? Reason { get; set; }

    public FinalAccount? Account { get; set; }
    public SourceDocument? Document { get; set; }
}
