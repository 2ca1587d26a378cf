using System.Globalization;
using FinalAccounts.Data.Codebooks;
using FinalAccounts.Data.Entities;
using FinalAccounts.Ingest.Model;
using FinalAccounts.Synthetic.Rendering;

namespace FinalAccounts.Synthetic.Tests.Support;

/// <summary>
/// Compares what a rendered report states (the generated report, less the sections left out) with what the
/// parser read back: every amount, change, percent, share, category, count, procurement figure and indicator,
/// and nothing read that was not written. Each difference is one line: where, expected, got.
/// </summary>
public static class RoundTripComparer
{
    public static IReadOnlyList<string> Differences(Report expected, Report actual, RenderedReport rendered)
    {
        var diffs = new List<string>();
        void Same<T>(string where, T? want, T? got)
        {
            if (!EqualityComparer<T>.Default.Equals(want, got)) diffs.Add($"{where}: expected {Show(want)}, got {Show(got)}");
        }

        Same("Year", expected.Year, actual.Year);
        var omittedMetrics = rendered.Omitted.SelectMany(ReportSections.Metrics).ToHashSet();
        foreach (var metric in Enum.GetValues<Metric>())
        {
            var want = omittedMetrics.Contains(metric) ? null : expected[metric];
            var got = actual[metric];
            if (want is null && got is null) continue;
            Same($"{metric}.Amount", want?.Amount, got?.Amount);
            Same($"{metric}.ChangeAmount", want?.ChangeAmount, got?.ChangeAmount);
            Same($"{metric}.ChangePercent", want?.ChangePercent, got?.ChangePercent);
            Same($"{metric}.BudgetChangeAmount", want?.BudgetChangeAmount, got?.BudgetChangeAmount);
            Same($"{metric}.BudgetChangePercent", want?.BudgetChangePercent, got?.BudgetChangePercent);
            if (metric is not (Metric.ProcurementSme or Metric.ProcurementSmallMicro))
                Same($"{metric}.SharePercent", want?.SharePercent, got?.SharePercent);
        }

        Categories(expected, actual, diffs);
        if (rendered.States(ReportSection.ThreePublic))
        {
            Same(nameof(Report.OverseasTripGroups), expected.OverseasTripGroups, actual.OverseasTripGroups);
            Same(nameof(Report.OverseasTripPersons), expected.OverseasTripPersons, actual.OverseasTripPersons);
            Same(nameof(Report.VehiclesPurchased), expected.VehiclesPurchased, actual.VehiclesPurchased);
            Same(nameof(Report.VehiclesHeld), expected.VehiclesHeld, actual.VehiclesHeld);
            Same(nameof(Report.ReceptionBatches), expected.ReceptionBatches, actual.ReceptionBatches);
            Same(nameof(Report.ReceptionPersons), expected.ReceptionPersons, actual.ReceptionPersons);
        }
        if (rendered.States(ReportSection.OrganOperating))
            Same(nameof(Report.OrganOperatingInScope), expected.OrganOperatingInScope, actual.OrganOperatingInScope);
        if (rendered.States(ReportSection.AssetHoldings))
        {
            Same(nameof(Report.VehiclesTotal), expected.VehiclesTotal, actual.VehiclesTotal);
            Same(nameof(Report.GeneralEquipmentCount), expected.GeneralEquipmentCount, actual.GeneralEquipmentCount);
            Same(nameof(Report.SpecialEquipmentCount), expected.SpecialEquipmentCount, actual.SpecialEquipmentCount);
        }
        if (rendered.States(ReportSection.Procurement))
        {
            Same("ProcurementSme.SharePercent", expected.ProcurementSmeSharePercent, actual.ProcurementSmeSharePercent ?? actual[Metric.ProcurementSme]?.SharePercent);
            Same("ProcurementSmallMicro.SharePercent", expected.ProcurementSmallMicroSharePercent, actual.ProcurementSmallMicroSharePercent ?? actual[Metric.ProcurementSmallMicro]?.SharePercent);
        }
        if (rendered.States(ReportSection.Performance))
        {
            Same(nameof(Report.SelfEvaluatedProjects), expected.SelfEvaluatedProjects, actual.SelfEvaluatedProjects);
            Same(nameof(Report.ThirdPartyEvaluations), expected.ThirdPartyEvaluations, actual.ThirdPartyEvaluations);
            Projects(expected, actual, diffs);
        }
        else Same("Projects.Count", 0, actual.Projects.Count);

        foreach (var section in Enum.GetValues<ReportSection>())
        {
            if (ReportSections.StandardHeading(section) is not { } heading) continue;
            Same($"MissingSections contains {heading}", rendered.Omitted.Contains(section), actual.MissingSections.Contains(heading));
        }
        return diffs;
    }

    private static void Categories(Report expected, Report actual, List<string> diffs)
    {
        if (expected.Categories.Count != actual.Categories.Count)
            diffs.Add($"Categories.Count: expected {expected.Categories.Count} ({Names(expected)}), got {actual.Categories.Count} ({Names(actual)})");
        foreach (var (want, got) in expected.Categories.Zip(actual.Categories))
        {
            var where = $"Category {want.Ordinal} {want.StatedName}";
            if (FunctionalClassification.Match(want.StatedName)?.Code != FunctionalClassification.Match(got.StatedName)?.Code)
                diffs.Add($"{where}.StatedName: expected {want.StatedName}, got {got.StatedName}");
            if (want.BudgetSource != got.BudgetSource) diffs.Add($"{where}.BudgetSource: expected {want.BudgetSource}, got {got.BudgetSource}");
            if (want.Amount != got.Amount) diffs.Add($"{where}.Amount: expected {Show(want.Amount)}, got {Show(got.Amount)}");
            if (want.SharePercent != got.SharePercent) diffs.Add($"{where}.SharePercent: expected {Show(want.SharePercent)}, got {Show(got.SharePercent)}");
            if (want.BudgetChangeAmount != got.BudgetChangeAmount) diffs.Add($"{where}.BudgetChangeAmount: expected {Show(want.BudgetChangeAmount)}, got {Show(got.BudgetChangeAmount)}");
            if (want.BudgetChangePercent != got.BudgetChangePercent) diffs.Add($"{where}.BudgetChangePercent: expected {Show(want.BudgetChangePercent)}, got {Show(got.BudgetChangePercent)}");
        }
    }

    private static void Projects(Report expected, Report actual, List<string> diffs)
    {
        if (expected.Projects.Count != actual.Projects.Count)
            diffs.Add($"Projects.Count: expected {expected.Projects.Count}, got {actual.Projects.Count}");
        foreach (var (want, got) in expected.Projects.Zip(actual.Projects))
        {
            var p = $"Project {want.Ordinal}";
            void Same<T>(string field, T? a, T? b)
            {
                if (!EqualityComparer<T>.Default.Equals(a, b)) diffs.Add($"{p}.{field}: expected {Show(a)}, got {Show(b)}");
            }
            Same(nameof(want.Name), want.Name, got.Name);
            Same(nameof(want.Kind), want.Kind, got.Kind);
            Same(nameof(want.TotalScore), want.TotalScore, got.TotalScore);
            Same(nameof(want.InitialBudget), want.InitialBudget, got.InitialBudget);
            Same(nameof(want.AdjustedBudget), want.AdjustedBudget, got.AdjustedBudget);
            Same(nameof(want.Executed), want.Executed, got.Executed);
            Same(nameof(want.ExecutionRate), want.ExecutionRate, got.ExecutionRate);
            Same(nameof(want.ExecutionWeight), want.ExecutionWeight, got.ExecutionWeight);
            Same(nameof(want.ExecutionScore), want.ExecutionScore, got.ExecutionScore);
            Same(nameof(want.HigherLevelInitialBudget), want.HigherLevelInitialBudget, got.HigherLevelInitialBudget);
            Same(nameof(want.HigherLevelAdjustedBudget), want.HigherLevelAdjustedBudget, got.HigherLevelAdjustedBudget);
            Same(nameof(want.HigherLevelExecuted), want.HigherLevelExecuted, got.HigherLevelExecuted);
            Same(nameof(want.DistrictInitialBudget), want.DistrictInitialBudget, got.DistrictInitialBudget);
            Same(nameof(want.DistrictAdjustedBudget), want.DistrictAdjustedBudget, got.DistrictAdjustedBudget);
            Same(nameof(want.DistrictExecuted), want.DistrictExecuted, got.DistrictExecuted);
            Same("Indicators.Count", want.Indicators.Count, got.Indicators.Count);
            foreach (var (a, b) in want.Indicators.Zip(got.Indicators))
            {
                var i = $"Indicator {a.Ordinal}";
                Same($"{i}.Name", a.Name, b.Name);
                Same($"{i}.MeasureUnit", a.MeasureUnit, b.MeasureUnit);
                Same($"{i}.Operator", a.Operator, b.Operator);
                Same($"{i}.InitialTarget", a.InitialTarget, b.InitialTarget);
                Same($"{i}.AdjustedTarget", a.AdjustedTarget, b.AdjustedTarget);
                Same($"{i}.ActualValue", a.ActualValue, b.ActualValue);
                Same($"{i}.ScoreCoefficient", a.ScoreCoefficient, b.ScoreCoefficient);
                Same($"{i}.Weight", a.Weight, b.Weight);
                Same($"{i}.Score", a.Score, b.Score);
                Same($"{i}.IsCore", a.IsCore, b.IsCore);
            }
        }
    }

    private static string Names(Report report) => string.Join("、", report.Categories.Select(c => c.StatedName));

    private static string Show<T>(T? value) => value switch
    {
        null => "null",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };
}
