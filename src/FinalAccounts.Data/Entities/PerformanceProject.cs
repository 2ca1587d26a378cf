using System.ComponentModel;

namespace FinalAccounts.Data.Entities;

[Description("A project's performance self-evaluation table (绩效自评表): funds, goals and indicators. Amounts are in 万元. The project's contact person and phone are never stored.")]
public sealed class PerformanceProject
{
    [Description("Stable key: account key and project name.")]
    public required string Id { get; init; }
    [Description("Key of the final account.")]
    public required string AccountId { get; set; }
    [Description("Key of the unit.")]
    public required string UnitId { get; set; }
    [Description("Fiscal year.")]
    public int Year { get; set; }
    [Description("Position of the table in the report, from 1.")]
    public int Ordinal { get; set; }
    [Description("Project name (项目名称).")]
    public required string Name { get; set; }
    [Description("Key special project or general project.")]
    public ProjectKind Kind { get; set; }
    [Description("Self-evaluation total score (自评总分), in points.")] public decimal? TotalScore { get; set; }
    [Description("Supervising department named in the table.")] public string? SupervisingDepartment { get; set; }
    [Description("Finance office in charge (财政科室).")] public string? FinanceOffice { get; set; }
    [Money, Description("年度总金额 年初预算数: initial budget, in 万元.")] public decimal? InitialBudget { get; set; }
    [Money, Description("全年（调整）预算数: adjusted budget, in 万元.")] public decimal? AdjustedBudget { get; set; }
    [Money, Description("全年执行数: executed, in 万元.")] public decimal? Executed { get; set; }
    [Description("执行率: execution rate, in percent.")] public decimal? ExecutionRate { get; set; }
    [Description("执行率权重: weight of the execution rate, in points.")] public decimal? ExecutionWeight { get; set; }
    [Description("执行率得分: score of the execution rate, in points.")] public decimal? ExecutionScore { get; set; }
    [Money, Description("上级资金 initial budget: higher-level funds, in 万元.")] public decimal? HigherLevelInitialBudget { get; set; }
    [Money, Description("上级资金 adjusted budget, in 万元.")] public decimal? HigherLevelAdjustedBudget { get; set; }
    [Money, Description("上级资金 executed, in 万元.")] public decimal? HigherLevelExecuted { get; set; }
    [Money, Description("区级资金 initial budget: district funds, in 万元.")] public decimal? DistrictInitialBudget { get; set; }
    [Money, Description("区级资金 adjusted budget, in 万元.")] public decimal? DistrictAdjustedBudget { get; set; }
    [Money, Description("区级资金 executed, in 万元.")] public decimal? DistrictExecuted { get; set; }
    [Description("年初绩效目标: the initial goal.")] public string? InitialGoal { get; set; }
    [Description("全年（调整）绩效目标: the adjusted goal.")] public string? AdjustedGoal { get; set; }
    [Description("全年目标实际完成情况: what was achieved.")] public string? AchievedGoal { get; set; }
    [Description("Whether the values are reported or synthetic.")]
    public Provenance Provenance { get; set; }
    [Description("Key of the source document.")]
    public required string DocumentId { get; set; }
    [Description("Line of the project name in the source document.")]
    public int? Line { get; set; }

    public FinalAccount? Account { get; set; }
    public Unit? Unit { get; set; }
    public List<PerformanceIndicator> Indicators { get; set; } = [];
}
