namespace FinalAccounts.Ingest.Snapshot;

/// <summary>What building did with one document: what it yielded, or why it failed.</summary>
public sealed record DocumentOutcome(string FileName, bool Succeeded, string Summary)
{
    public override string ToString() => $"{(Succeeded ? "ok  " : "FAIL")} {FileName}: {Summary}";
}
