using System.Globalization;
using FinalAccounts.Data.Entities;
using FinalAccounts.Ingest.Model;

namespace FinalAccounts.Ingest.Checks;

/// <summary>The indicator weights (指标权重) of one project's self-evaluation table sum to 100 points.</summary>
internal sealed class IndicatorWeightsCheck : IIdentityCheck
{
    internal const decimal FullWeight = 100m;

    public IEnumerable<Finding> Check(Report report)
    {
        foreach (var project in report.Projects)
        {
            // A row without a weight means the table was read only in part: its sum proves nothing.
            if (project.Indicators.Count == 0 || project.Indicators.Any(i => i.Weight is null))
            {
                continue;
            }

            var actual = project.Indicators.Sum(i => i.Weight!.Value);
            if (actual == FullWeight)
            {
                continue;
            }

            var terms = string.Join(" + ", project.Indicators.Select(i => i.Weight!.Value.ToString(CultureInfo.InvariantCulture)));
            var message = string.Create(CultureInfo.InvariantCulture,
                $"Indicator weights of {project.Name} sum to {terms} = {actual}, not {FullWeight}.");
            yield return new Finding(RuleCodes.IndicatorWeightsSum, Severity.Error, project.Name, message, FullWeight, actual, project.Line);
        }
    }
}
