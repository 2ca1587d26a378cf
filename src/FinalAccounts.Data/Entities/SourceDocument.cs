using System.ComponentModel;

namespace FinalAccounts.Data.Entities;

[Description("A published report the snapshot was built from.")]
public sealed class SourceDocument
{
    [Description("Stable key, derived from the document's SHA-256.")]
    public required string Id { get; init; }
    [Description("File name in the reports folder.")]
    public required string FileName { get; set; }
    [Description("SHA-256 of the file's bytes, lowercase hex.")]
    public required string Sha256 { get; set; }
    [Description("Kind of report: department (部门决算) or unit (单位决算).")]
    public ReportKind ReportKind { get; set; }
    [Description("Key of the unit the report is about.")]
    public string? UnitId { get; set; }
    [Description("Fiscal year the report is about.")]
    public int? Year { get; set; }
    [Description("Title line of the report.")]
    public string? Title { get; set; }
    [Description("Number of lines of the document.")]
    public int LineCount { get; set; }
    [Description("Number of figures extracted.")]
    public int FigureCount { get; set; }
    [Description("Sections the report lacks, comma-separated (e.g. 三公经费); empty when complete.")]
    public string MissingSections { get; set; } = "";
    [Description("Whether the document is a real published report or a synthetic one.")]
    public Provenance Provenance { get; set; }

    public Unit? Unit { get; set; }
    public List<DataQualityFinding> Findings { get; set; } = [];
}
