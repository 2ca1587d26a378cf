namespace FinalAccounts.Ingest.Snapshot;

/// <summary>What a snapshot is: REAL (published reports only) or DEMO (synthetic), when it was built, and how (for a demo).</summary>
public sealed record SnapshotManifest(string Kind, DateTimeOffset BuiltAt, string? Generator = null)
{
    public const string Real = "REAL";
    public const string Demo = "DEMO";
}
