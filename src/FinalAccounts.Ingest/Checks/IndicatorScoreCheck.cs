using System.Globalization;
using FinalAccounts.Data.Entities;
using FinalAccounts.Ingest.Model;

namespace FinalAccounts.Ingest.Checks;

/// <summary>An indicator's score (指标得分) never exceeds its weight (指标权重).</summary>
internal sealed class IndicatorScoreCheck : IIdentityCheck
{
    public IEnumerable<Finding> Check(Report report)
    {
        foreach (var project in report.Projects)
        {
            foreach (var indicator in project.Indicators)
            {
                if (indicator is not { Weight: { } weight, Score: { } score } || score <= weight)
                {
                    continue;
                }

                var message = string.Create(CultureInfo.InvariantCulture,
                    $"Score {score} of {indicator.Name} exceeds its weight {weight}.");
                yield return new Finding(RuleCodes.IndicatorScoreExceedsWeight, Severity.Error,
                    IndicatorSubject.Of(project, indicator), message, weight, score, indicator.Line);
            }
        }
    }
}
