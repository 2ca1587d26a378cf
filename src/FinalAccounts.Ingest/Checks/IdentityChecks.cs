using FinalAccounts.Ingest.Model;

namespace FinalAccounts.Ingest.Checks;

/// <summary>
/// Evaluates every identity a final-accounts report must satisfy (domain.md, "Identities that must hold") and
/// reports those that do not hold exactly as data-quality findings. The report itself is never changed: the
/// figures stay as published. An identity whose values the report does not state is skipped.
/// </summary>
public static class IdentityChecks
{
    private static readonly IReadOnlyList<IIdentityCheck> All =
    [
        new AmountSumCheck(),
        new CategorySumCheck(),
        new StatedShareCheck(),
        new StatedPercentCheck(),
        new BudgetBaseConsistencyCheck(),
        new IndicatorWeightsCheck(),
        new IndicatorScoreCheck(),
        new IndicatorMissedTargetCheck(),
    ];

    public static IReadOnlyList<Finding> Check(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return All.SelectMany(check => check.Check(report)).ToList();
    }
}
