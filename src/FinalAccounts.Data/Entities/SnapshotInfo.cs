using System.ComponentModel;

namespace FinalAccounts.Data.Entities;

[Description("The snapshot being served: when and from what it was built.")]
public sealed class SnapshotInfo
{
    [Description("Snapshot id: a hash of its contents, so the same reports give the same id.")]
    public required string Id { get; init; }
    [Description("When the snapshot was built (UTC).")]
    public DateTimeOffset BuiltAt { get; set; }
    [Description("REAL for published reports only; DEMO for a synthetic demo snapshot.")]
    public required string Kind { get; set; }
    [Description("Schema version of the snapshot file.")]
    public int SchemaVersion { get; set; }
    [Description("Number of source documents.")] public int DocumentCount { get; set; }
    [Description("Number of units.")] public int UnitCount { get; set; }
    [Description("Number of final accounts (unit-years).")] public int AccountCount { get; set; }
    [Description("Number of data-quality findings.")] public int FindingCount { get; set; }
    [Description("For a demo snapshot, how it was generated (seed and sizes).")] public string? Generator { get; set; }
}
