using System.ComponentModel;

namespace FinalAccounts.Data.Entities;

[Description("An internal division (内设机构) of a unit, with its duties.")]
public sealed class Division
{
    [Description("Stable key: unit key and ordinal.")]
    public required string Id { get; init; }
    [Description("Key of the unit.")]
    public required string UnitId { get; set; }
    [Description("Position in the report's list, from 1.")]
    public int Ordinal { get; set; }
    [Description("Name of the division, e.g. 办公室.")]
    public required string Name { get; set; }
    [Description("Duties of the division as stated.")]
    public string? Duties { get; set; }
    [Description("Whether the values are reported or synthetic.")]
    public Provenance Provenance { get; set; }
    [Description("Document the division was read from.")]
    public string? DocumentId { get; set; }
    [Description("Line of the division's name in the document.")]
    public int? Line { get; set; }

    public Unit? Unit { get; set; }
}
