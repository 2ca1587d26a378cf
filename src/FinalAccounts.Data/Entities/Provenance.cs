namespace FinalAccounts.Data.Entities;

/// <summary>Where a value comes from. The three never mix silently.</summary>
public enum Provenance
{
    /// <summary>Stated in a published report, at a known document and line.</summary>
    Reported,
    /// <summary>Computed from stated figures (e.g. previous year = current − stated change).</summary>
    Derived,
    /// <summary>Generated for demos and tests; never real.</summary>
    Synthetic,
}
