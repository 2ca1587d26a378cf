using FinalAccounts.Data.Entities;
using FinalAccounts.Ingest.Model;

namespace FinalAccounts.Ingest.Tests.Snapshot;

/// <summary>Hand-made reports with made-up figures, for writer tests that must not depend on the parser.</summary>
internal static class SampleReports
{
    public static Report Make(string unit = "示例市甲区样本中心", int year = 2022, string file = "sample.txt", string? sha = null)
    {
        var report = new Report { FileName = file, Sha256 = sha ?? FinalAccounts.Ingest.Snapshot.StableIds.Hash(unit + year + file, 64) };
        report.Year = year;
        report.Title = $"{unit} {year}年度单位决算情况说明";
        report.LineCount = 120;
        report.Unit.Name = unit;
        report.Unit.Region = "示例市甲区";
        report.Unit.SupervisingDepartment = "示例市甲区主管局";
        report.Unit.Kind = "事业单位";
        report.Unit.ContactPhone = "023-00000000";
        report.Unit.Line = 7;
        report.Unit.Duties.Add(new StatedDuty(1, "承担样本工作。", 11));
        report.Unit.Divisions.Add(new StatedDivision(1, "办公室", "负责综合协调。", 33));
        report.Figures[Metric.IncomeTotal] = new StatedFigure { Amount = 1234.56m, Line = 67, ChangeAmount = -100.01m, ChangePercent = -7.5m, Reason = "项目减少" };
        report.Figures[Metric.ExpenditureTotal] = new StatedFigure { Amount = 1234.56m, Line = 67, ChangeAmount = -100.01m, ChangePercent = -7.5m };
        report.Figures[Metric.GeneralBudgetExpenditure] = new StatedFigure { Amount = 1000.00m, Line = 85, BudgetChangeAmount = 28861.938591m, BudgetChangePercent = 12.3m };
        report.Figures[Metric.ProcurementTotal] = new StatedFigure { Amount = 50.5m, Line = 129 };
        report.Figures[Metric.ProcurementServices] = new StatedFigure { Amount = 50.5m, Line = 129 };
        report.OrganOperatingInScope = false;
        report.Categories.Add(new StatedCategory { Ordinal = 1, StatedName = "一般公共服务支出", Amount = 900m, SharePercent = 90m, Line = 91 });
        report.Categories.Add(new StatedCategory { Ordinal = 2, StatedName = "某种未知支出", Amount = 100m, SharePercent = 10m, Line = 95 });
        var project = new ProjectTable { Ordinal = 1, Name = "样本项目", Kind = ProjectKind.General, Executed = 10m, Line = 166 };
        project.Indicators.Add(new IndicatorRow { Ordinal = 1, Name = "完成率", MeasureUnit = "%", Operator = IndicatorOperator.AtLeast, InitialTarget = 95, ActualValue = 100, Weight = 100, Score = 100, IsCore = true, Line = 178 });
        report.Projects.Add(project);
        return report;
    }
}
