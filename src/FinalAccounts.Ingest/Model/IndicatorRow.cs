using FinalAccounts.Data.Entities;

namespace FinalAccounts.Ingest.Model;

/// <summary>One row of a project's indicator table (绩效指标).</summary>
public sealed class IndicatorRow
{
    public int Ordinal { get; set; }
    public required string Name { get; set; }
    public string? MeasureUnit { get; set; }
    public IndicatorOperator Operator { get; set; }
    public decimal? InitialTarget { get; set; }
    /// <summary>Null when the table says 无 (none).</summary>
    public decimal? AdjustedTarget { get; set; }
    public decimal? ActualValue { get; set; }
    /// <summary>Target or actual as written when it is not a number.</summary>
    public string? ValueText { get; set; }
    public decimal? ScoreCoefficient { get; set; }
    public decimal? Weight { get; set; }
    public decimal? Score { get; set; }
    public bool? IsCore { get; set; }
    public int Line { get; set; }
}
