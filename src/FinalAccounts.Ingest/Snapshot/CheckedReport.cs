using FinalAccounts.Ingest.Model;

namespace FinalAccounts.Ingest.Snapshot;

/// <summary>A report together with the findings its identity checks produced: what the snapshot writer takes.</summary>
public sealed record CheckedReport(Report Report, IReadOnlyList<Finding> Findings);
