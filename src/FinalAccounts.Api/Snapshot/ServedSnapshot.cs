namespace FinalAccounts.Api.Snapshot;

/// <summary>The snapshot file this server serves.</summary>
public sealed record ServedSnapshot(string Path);
