using System.ComponentModel;

namespace FinalAccounts.Data.Entities;

[Description("A check of a report's own identities that did not hold (or held only up to rounding). The figures stay as published; the finding says what is wrong.")]
public sealed class DataQualityFinding
{
    [Description("Stable key: document key, rule and subject.")]
    public required string Id { get; init; }
    [Description("Key of the source document.")]
    public required string DocumentId { get; set; }
    [Description("Key of the final account, when the report yielded one.")]
    public string? AccountId { get; set; }
    [Description("Key of the unit, when known.")]
    public string? UnitId { get; set; }
    [Description("Fiscal year, when known.")]
    public int? Year { get; set; }
    [Description("Stable code of the rule, e.g. STATED_PERCENT, WEIGHTS_SUM.")]
    public required string Rule { get; set; }
    [Description("Error, rounding hint or warning.")]
    public Severity Severity { get; set; }
    [Description("What the finding is about, e.g. the metric or the project and indicator.")]
    public required string Subject { get; set; }
    [Description("Human-readable explanation.")]
    public required string Message { get; set; }
    [Description("Value the identity expects.")] public decimal? Expected { get; set; }
    [Description("Value the report states.")] public decimal? Actual { get; set; }
    [Description("Line in the source document.")] public int? Line { get; set; }
    [Description("Whether the finding is on a reported or a synthetic document.")]
    public Provenance Provenance { get; set; }

    public SourceDocument? Document { get; set; }
    public FinalAccount? Account { get; set; }
}
