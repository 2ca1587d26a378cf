using System.ComponentModel;

namespace FinalAccounts.Data.Entities;

[Description("A fiscal year (= calendar year) for which at least one report was published.")]
public sealed class FiscalYear
{
    [Description("The year, e.g. 2021.")]
    public int Year { get; init; }

    public List<FinalAccount> FinalAccounts { get; set; } = [];
}
