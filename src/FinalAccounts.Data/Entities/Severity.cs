using System.ComponentModel;

namespace FinalAccounts.Data.Entities;

/// <summary>How serious a data-quality finding is.</summary>
[Description("How serious a data-quality finding is.")]
public enum Severity
{
    /// <summary>An identity of the report does not hold.</summary>
    [Description("An identity of the report does not hold.")]
    Error,
    /// <summary>A difference of 0.01 that rounding explains.</summary>
    [Description("A difference of 0.01 that rounding explains.")]
    RoundingHint,
    /// <summary>Something the ingest could not read or had to guess (a missing section, an unreadable row).</summary>
    [Description("Something the ingest could not read or had to guess (a missing section, an unreadable row).")]
    Warning,
}
