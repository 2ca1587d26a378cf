using FinalAccounts.Data.Entities;

namespace FinalAccounts.Ingest.Model;

/// <summary>One performance self-evaluation table (绩效自评表). The contact person and phone are deliberately not kept.</summary>
public sealed class ProjectTable
{
    public int Ordinal { get; set; }
    public required string Name { get; set; }
    public ProjectKind Kind { get; set; }
    public decimal? TotalScore { get; set; }
    public string? SupervisingDepartment { get; set; }
    public string? FinanceOffice { get; set; }
    public decimal? InitialBudget { get; set; }
    public decimal? AdjustedBudget { get; set; }
    public decimal? Executed { get; set; }
    public decimal? ExecutionRate { get; set; }
    public decimal? ExecutionWeight { get; set; }
    public decimal? ExecutionScore { get; set; }
    public decimal? HigherLevelInitialBudget { get; set; }
    public decimal? HigherLevelAdjustedBudget { get; set; }
    public decimal? HigherLevelExecuted { get; set; }
    public decimal? DistrictInitialBudget { get; set; }
    public decimal? DistrictAdjustedBudget { get; set; }
    public decimal? DistrictExecuted { get; set; }
    public string? InitialGoal { get; set; }
    public string? AdjustedGoal { get; set; }
    public string? AchievedGoal { get; set; }
    public int Line { get; set; }
    public List<IndicatorRow> Indicators { get; } = [];
}
