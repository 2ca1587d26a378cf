using System.Globalization;
using FinalAccounts.Data.Entities;
using FinalAccounts.Ingest.Model;

namespace FinalAccounts.Ingest.Checks;

/// <summary>An indicator whose actual value misses its target does not get its full weight as score.</summary>
internal sealed class IndicatorMissedTargetCheck : IIdentityCheck
{
    public IEnumerable<Finding> Check(Report report)
    {
        foreach (var project in report.Projects)
        {
            foreach (var indicator in project.Indicators)
            {
                // A score above the weight is also a full score; that it exceeds the weight is its own finding.
                if (indicator is not { Weight: { } weight and > 0m, Score: { } score } || score < weight
                    || IndicatorTarget.IsMet(indicator) is not false)
                {
                    continue;
                }

                var target = IndicatorTarget.Of(indicator)!.Value;
                var actual = indicator.ActualValue!.Value;
                var message = string.Create(CultureInfo.InvariantCulture,
                    $"Actual value {actual} of {indicator.Name} misses its target {IndicatorTarget.Symbol(indicator.Operator)} {target}, yet it scores {score} of weight {weight}.");
                yield return new Finding(RuleCodes.IndicatorMissedTargetFullScore, Severity.Error,
                    IndicatorSubject.Of(project, indicator), message, target, actual, indicator.Line);
            }
        }
    }
}
