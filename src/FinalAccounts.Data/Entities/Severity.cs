namespace FinalAccounts.Data.Entities;

/// <summary>How serious a data-quality finding is.</summary>
public enum Severity
{
    /// <summary>An identity of the report does not hold.</summary>
    Error,
    /// <summary>A difference of 0.01 that rounding explains.</summary>
    RoundingHint,
    /// <summary>Something the ingest could not read or had to guess (a missing section, an unreadable row).</summary>
    Warning,
}
