namespace FinalAccounts.Ingest.Checks;

/// <summary>
/// A change the report states beside an amount: the amount now, the change in 万元, the change in percent,
/// and what it is compared with ("previous year" or "initial budget").
/// </summary>
internal sealed record StatedChange(string Subject, string Basis, decimal Amount, decimal Change, decimal Percent, int Line)
{
    /// <summary>Derived, never stated: the previous-year value or initial budget the change is measured from.</summary>
    public decimal Base => Amount - Change;
}
