using FinalAccounts.Data.Entities;

namespace FinalAccounts.Ingest.Model;

/// <summary>The result of one identity check that did not hold exactly.</summary>
public sealed record Finding(
    string Rule,
    Severity Severity,
    string Subject,
    string Message,
    decimal? Expected,
    decimal? Actual,
    int? Line);
