using System.ComponentModel;

namespace FinalAccounts.Data.Entities;

[Description("One numbered main duty (主要职责) of a unit.")]
public sealed class UnitDuty
{
    [Description("Stable key: unit key and ordinal.")]
    public required string Id { get; init; }
    [Description("Key of the unit.")]
    public required string UnitId { get; set; }
    [Description("Position in the report's numbered list, from 1.")]
    public int Ordinal { get; set; }
    [Description("Text of the duty.")]
    public required string Text { get; set; }
    [Description("Whether the text is reported or synthetic.")]
    public Provenance Provenance { get; set; }
    [Description("Document the duty was read from.")]
    public string? DocumentId { get; set; }
    [Description("Line in the document.")]
    public int? Line { get; set; }

    public Unit? Unit { get; set; }
}
