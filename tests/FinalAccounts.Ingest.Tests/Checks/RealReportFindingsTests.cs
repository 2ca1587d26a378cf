using System.Runtime.CompilerServices;
using FinalAccounts.Data.Entities;
using FinalAccounts.Ingest.Checks;
using FinalAccounts.Ingest.Parsing;

namespace FinalAccounts.Ingest.Tests.Checks;

/// <summary>
/// The published Wanzhou 2021 report, parsed from the repository's data/reports, yields exactly its four known
/// errors and its one rounding hint: every other identity of the report holds.
/// </summary>
public sealed class RealReportFindingsTests
{
    private const string FileName = "wanzhou-party-govt-info-center-2021.txt";

    /// <summary>
    /// The report in the repository's data/reports, found above the test binaries or, when they are built into an
    /// artifacts folder outside the repository, above this source file.
    /// </summary>
    private static string ReportPath([CallerFilePath] string sourceFile = "")
    {
        string[] starts = [AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile) ?? ""];
        foreach (var start in starts.Where(s => s.Length > 0))
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Api.sln")))
                {
                    return Path.Combine(directory.FullName, "data", "reports", FileName);
                }
            }
        }

        throw new DirectoryNotFoundException($"No folder holding Api.sln above {AppContext.BaseDirectory} or {sourceFile}.");
    }

    [Fact]
    public void The_real_report_yields_exactly_its_four_errors_and_one_rounding_hint()
    {
        var report = ReportParser.Parse(FileName, File.ReadAllBytes(ReportPath()));

        var findings = IdentityChecks.Check(report)
            .Select(f => (f.Rule, f.Severity, f.Subject, f.Expected, f.Actual))
            .ToList();

        findings.ShouldBe(
        [
            (RuleCodes.StatedPercent, Severity.Error, "GeneralBudgetIncome", 18.8m, 19.4m),
            (RuleCodes.BudgetBaseConsistency, Severity.RoundingHint, "GeneralBudgetExpenditure", 733.87m, 733.86m),
            (RuleCodes.IndicatorWeightsSum, Severity.Error, "政府信息平台运行经费", 100m, 190m),
            (RuleCodes.IndicatorScoreExceedsWeight, Severity.Error, "政府信息平台运行经费 / 年均维护成本增长率", 15m, 20m),
            (RuleCodes.IndicatorMissedTargetFullScore, Severity.Error, "政府信息平台运行经费 / 服务对象满意度", 90m, 0m),
        ], ignoreOrder: true);
    }

    [Fact]
    public void The_stated_percent_finding_points_at_the_general_budget_income_sentence()
    {
        var report = ReportParser.Parse(FileName, File.ReadAllBytes(ReportPath()));

        var finding = IdentityChecks.Check(report).Single(f => f.Rule == RuleCodes.StatedPercent);

        finding.Line.ShouldBe(83);
        finding.Message.ShouldBe("Stated change 19.4% vs initial budget does not match 137.95 / 733.87 = 18.8%.");
    }
}
