using System.ComponentModel;

namespace FinalAccounts.Data.Entities;

[Description("A performance indicator (绩效指标) of a project: target, actual value, weight and score.")]
public sealed class PerformanceIndicator
{
    [Description("Stable key: project key and ordinal.")]
    public required string Id { get; init; }
    [Description("Key of the performance project.")]
    public required string ProjectId { get; set; }
    [Description("Position in the table, from 1.")]
    public int Ordinal { get; set; }
    [Description("Indicator name (指标名称), with rows broken across page breaks joined.")]
    public required string Name { get; set; }
    [Description("Unit of measure (计量单位), e.g. %, 天 (days), 小时 (hours).")] public string? MeasureUnit { get; set; }
    [Description("How the actual value is compared with the target (指标性质).")] public IndicatorOperator Operator { get; set; }
    [Description("年初指标值: initial target.")] public decimal? InitialTarget { get; set; }
    [Description("调整指标值: adjusted target; null when the table says 无 (none).")] public decimal? AdjustedTarget { get; set; }
    [Description("全年完成值: actual value.")] public decimal? ActualValue { get; set; }
    [Description("Target or actual as written when it is not a number.")] public string? ValueText { get; set; }
    [Description("得分系数: score coefficient, in percent.")] public decimal? ScoreCoefficient { get; set; }
    [Description("指标权重: weight, in points.")] public decimal? Weight { get; set; }
    [Description("指标得分: score, in points.")] public decimal? Score { get; set; }
    [Description("是否核心指标: whether it is a core indicator.")] public bool? IsCore { get; set; }
    [Description("Whether the values are reported or synthetic.")]
    public Provenance Provenance { get; set; }
    [Description("Line of the indicator row in the source document.")]
    public int? Line { get; set; }

    public PerformanceProject? Project { get; set; }
}
