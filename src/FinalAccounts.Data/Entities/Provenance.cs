using System.ComponentModel;

namespace FinalAccounts.Data.Entities;

/// <summary>Where a value comes from. The three never mix silently.</summary>
[Description("Where a value comes from. The three never mix silently.")]
public enum Provenance
{
    /// <summary>Stated in a published report, at a known document and line.</summary>
    [Description("Stated in a published report, at a known document and line.")]
    Reported,
    /// <summary>Computed from stated figures (e.g. previous year = current − stated change).</summary>
    [Description("Computed from stated figures (e.g. previous year = current − stated change); not reported.")]
    Derived,
    /// <summary>Generated for demos and tests; never real.</summary>
    [Description("Generated for demos and tests; never real.")]
    Synthetic,
}
