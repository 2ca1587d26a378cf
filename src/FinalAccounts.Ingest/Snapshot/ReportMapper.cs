using System.Collections.Frozen;
using System.Reflection;
using FinalAccounts.Data.Codebooks;
using FinalAccounts.Data.Entities;
using FinalAccounts.Ingest.Model;

namespace FinalAccounts.Ingest.Snapshot;

/// <summary>Turns one checked report into snapshot rows: document, account, figures, expenditures, procurement, projects, findings.</summary>
public static class ReportMapper
{
    private static readonly Metric[] ProcurementMetrics =
    [
        Metric.ProcurementTotal, Metric.ProcurementGoods, Metric.ProcurementWorks,
        Metric.ProcurementServices, Metric.ProcurementSme, Metric.ProcurementSmallMicro,
    ];

    /// <summary>FinalAccount's flat amount for each metric it carries (same name as the metric).</summary>
    private static readonly FrozenDictionary<Metric, PropertyInfo> AccountAmounts = Enum.GetValues<Metric>()
        .Select(m => (m, p: typeof(FinalAccount).GetProperty(m.ToString())))
        .Where(x => x.p is not null)
        .ToFrozenDictionary(x => x.m, x => x.p!);

    public static SourceDocument Document(Report report, string? unitId) => new()
    {
        Id = StableIds.Document(report.Sha256),
        FileName = report.FileName,
        Sha256 = report.Sha256,
        ReportKind = report.Kind,
        UnitId = unitId,
        Year = report.Year,
        Title = report.Title,
        LineCount = report.LineCount,
        FigureCount = report.Figures.Count + report.Categories.Count
            + report.Projects.Sum(p => 1 + p.Indicators.Count),
        MissingSections = string.Join(",", report.MissingSections),
        Provenance = report.Provenance,
    };

    public static Unit Unit(Report report, string unitId, string documentId)
    {
        var p = report.Unit;
        var unit = new Unit
        {
            Id = unitId,
            Name = p.Name!,
            Region = p.Region,
            SupervisingDepartment = p.SupervisingDepartment,
            Kind = p.Kind,
            FundingType = p.FundingType,
            WelfareClass = p.WelfareClass,
            BudgetLevel = p.BudgetLevel,
            Purpose = p.Purpose,
            SubordinateUnits = p.SubordinateUnits,
            ContactPhone = p.ContactPhone,
            Provenance = report.Provenance,
            DocumentId = documentId,
            Line = LineOf(p.Line),
        };
        unit.Duties.AddRange(p.Duties.Select(d => new UnitDuty
        {
            Id = StableIds.Duty(unitId, d.Ordinal), UnitId = unitId, Ordinal = d.Ordinal, Text = d.Text,
            Provenance = report.Provenance, DocumentId = documentId, Line = LineOf(d.Line),
        }));
        unit.Divisions.AddRange(p.Divisions.Select(d => new Division
        {
            Id = StableIds.Division(unitId, d.Ordinal), UnitId = unitId, Ordinal = d.Ordinal, Name = d.Name,
            Duties = d.Duties, Provenance = report.Provenance, DocumentId = documentId, Line = LineOf(d.Line),
        }));
        return unit;
    }

    public static FinalAccount Account(CheckedReport checkedReport, string unitId, string documentId, Func<StatedCategory, ExpenseCategory> category)
    {
        var report = checkedReport.Report;
        var year = report.Year!.Value;
        var accountId = StableIds.Account(unitId, year);
        var account = new FinalAccount
        {
            Id = accountId,
            UnitId = unitId,
            Year = year,
            DocumentId = documentId,
            ReportKind = report.Kind,
            Provenance = report.Provenance,
            OverseasTripGroups = report.OverseasTripGroups,
            OverseasTripPersons = report.OverseasTripPersons,
            VehiclesPurchased = report.VehiclesPurchased,
            VehiclesHeld = report.VehiclesHeld,
            ReceptionBatches = report.ReceptionBatches,
            ReceptionPersons = report.ReceptionPersons,
            OrganOperatingInScope = report.OrganOperatingInScope,
            VehiclesTotal = report.VehiclesTotal,
            GeneralEquipmentCount = report.GeneralEquipmentCount,
            SpecialEquipmentCount = report.SpecialEquipmentCount,
            SelfEvaluatedProjects = report.SelfEvaluatedProjects,
            ThirdPartyEvaluations = report.ThirdPartyEvaluations,
            PerformanceConclusion = report.PerformanceConclusion,
        };

        foreach (var (metric, stated) in report.Figures.OrderBy(f => f.Key))
        {
            if (AccountAmounts.TryGetValue(metric, out var property)) property.SetValue(account, stated.Amount);
            account.Figures.Add(new Figure
            {
                Id = StableIds.Figure(accountId, metric),
                AccountId = accountId,
                UnitId = unitId,
                Year = year,
                Metric = metric,
                Amount = stated.Amount,
                Provenance = report.Provenance,
                DocumentId = documentId,
                Line = LineOf(stated.Line),
                ChangeAmount = stated.ChangeAmount,
                ChangePercent = stated.ChangePercent,
                PreviousYearAmount = stated.PreviousYearAmount,
                BudgetChangeAmount = stated.BudgetChangeAmount,
                BudgetChangePercent = stated.BudgetChangePercent,
                InitialBudgetAmount = stated.InitialBudgetAmount,
                SharePercent = stated.SharePercent,
                Reason = stated.Reason,
            });
        }

        foreach (var c in report.Categories)
        {
            var cat = category(c);
            var id = StableIds.Expenditure(accountId, c.BudgetSource, cat.Id);
            if (account.Expenditures.Any(e => e.Id == id)) continue; // the same category twice in one list: keep the first
            account.Expenditures.Add(new Expenditure
            {
                Id = id,
                AccountId = accountId,
                UnitId = unitId,
                Year = year,
                CategoryId = cat.Id,
                BudgetSource = c.BudgetSource,
                StatedName = c.StatedName,
                Ordinal = c.Ordinal,
                Amount = c.Amount,
                SharePercent = c.SharePercent,
                BudgetChangeAmount = c.BudgetChangeAmount,
                BudgetChangePercent = c.BudgetChangePercent,
                InitialBudgetAmount = c.Amount - c.BudgetChangeAmount,
                Reason = c.Reason,
                Provenance = report.Provenance,
                DocumentId = documentId,
                Line = LineOf(c.Line),
            });
        }

        if (ProcurementMetrics.Any(report.Figures.ContainsKey))
        {
            account.Procurement = new Procurement
            {
                Id = StableIds.Procurement(accountId),
                AccountId = accountId,
                UnitId = unitId,
                Year = year,
                Total = report.Amount(Metric.ProcurementTotal),
                Goods = report.Amount(Metric.ProcurementGoods),
                Works = report.Amount(Metric.ProcurementWorks),
                Services = report.Amount(Metric.ProcurementServices),
                Sme = report.Amount(Metric.ProcurementSme),
                SmeSharePercent = report.ProcurementSmeSharePercent ?? report[Metric.ProcurementSme]?.SharePercent,
                SmallMicro = report.Amount(Metric.ProcurementSmallMicro),
                SmallMicroSharePercent = report.ProcurementSmallMicroSharePercent ?? report[Metric.ProcurementSmallMicro]?.SharePercent,
                Purpose = report.ProcurementPurpose,
                Provenance = report.Provenance,
                DocumentId = documentId,
                Line = LineOf(report.ProcurementLine ?? report[Metric.ProcurementTotal]?.Line),
            };
        }

        var projectIds = new HashSet<string>();
        foreach (var t in report.Projects)
        {
            var projectId = StableIds.Project(accountId, t.Name);
            if (!projectIds.Add(projectId)) projectId = StableIds.Project(accountId, t.Name + "#" + t.Ordinal);
            projectIds.Add(projectId);
            var project = new PerformanceProject
            {
                Id = projectId,
                AccountId = accountId,
                UnitId = unitId,
                Year = year,
                Ordinal = t.Ordinal,
                Name = t.Name,
                Kind = t.Kind,
                TotalScore = t.TotalScore,
                SupervisingDepartment = t.SupervisingDepartment,
                FinanceOffice = t.FinanceOffice,
                InitialBudget = t.InitialBudget,
                AdjustedBudget = t.AdjustedBudget,
                Executed = t.Executed,
                ExecutionRate = t.ExecutionRate,
                ExecutionWeight = t.ExecutionWeight,
                ExecutionScore = t.ExecutionScore,
                HigherLevelInitialBudget = t.HigherLevelInitialBudget,
                HigherLevelAdjustedBudget = t.HigherLevelAdjustedBudget,
                HigherLevelExecuted = t.HigherLevelExecuted,
                DistrictInitialBudget = t.DistrictInitialBudget,
                DistrictAdjustedBudget = t.DistrictAdjustedBudget,
                DistrictExecuted = t.DistrictExecuted,
                InitialGoal = t.InitialGoal,
                AdjustedGoal = t.AdjustedGoal,
                AchievedGoal = t.AchievedGoal,
                Provenance = report.Provenance,
                DocumentId = documentId,
                Line = LineOf(t.Line),
            };
            project.Indicators.AddRange(t.Indicators.Select(i => new PerformanceIndicator
            {
                Id = StableIds.Indicator(projectId, i.Ordinal),
                ProjectId = projectId,
                Ordinal = i.Ordinal,
                Name = i.Name,
                MeasureUnit = i.MeasureUnit,
                Operator = i.Operator,
                InitialTarget = i.InitialTarget,
                AdjustedTarget = i.AdjustedTarget,
                ActualValue = i.ActualValue,
                ValueText = i.ValueText,
                ScoreCoefficient = i.ScoreCoefficient,
                Weight = i.Weight,
                Score = i.Score,
                IsCore = i.IsCore,
                Provenance = report.Provenance,
                Line = LineOf(i.Line),
            }));
            account.PerformanceProjects.Add(project);
        }
        return account;
    }

    /// <summary>Findings of the checks, plus the parser's warnings and missing sections as warnings, so nothing read is silently lost.</summary>
    public static IEnumerable<DataQualityFinding> Findings(CheckedReport checkedReport, string documentId, string? unitId, string? accountId)
    {
        var report = checkedReport.Report;
        var all = checkedReport.Findings
            .Concat(report.Warnings.Select(w => new Finding("PARSE_WARNING", Severity.Warning, "document", w.Message, null, null, w.Line)))
            .Concat(report.MissingSections.Select(s => new Finding("MISSING_SECTION", Severity.Warning, s, $"The report has no section {s}.", null, null, null)));
        var ids = new HashSet<string>();
        foreach (var f in all)
        {
            var id = StableIds.Finding(documentId, f.Rule, f.Subject + f.Message, f.Line);
            for (var n = 2; !ids.Add(id); n++) id = StableIds.Finding(documentId, f.Rule, f.Subject + f.Message + "#" + n, f.Line);
            yield return new DataQualityFinding
            {
                Id = id,
                DocumentId = documentId,
                AccountId = accountId,
                UnitId = unitId,
                Year = report.Year,
                Rule = f.Rule,
                Severity = f.Severity,
                Subject = f.Subject,
                Message = f.Message,
                Expected = f.Expected,
                Actual = f.Actual,
                Line = LineOf(f.Line),
                Provenance = report.Provenance,
            };
        }
    }

    public static ExpenseCategory Category(StatedCategory stated)
    {
        var match = FunctionalClassification.Match(stated.StatedName);
        return match is null
            ? new ExpenseCategory { Id = StableIds.Category(null, stated.StatedName), NameZh = stated.StatedName, InCodebook = false }
            : Codebook(match);
    }

    /// <summary>Synthetic reports have no text, so their lines are 0: stored as unknown rather than as line 0.</summary>
    private static int? LineOf(int line) => line > 0 ? line : null;

    private static int? LineOf(int? line) => line > 0 ? line : null;

    public static ExpenseCategory Codebook(FunctionalCategory c) =>
        new() { Id = StableIds.Category(c.Code, c.NameZh), Code = c.Code, NameZh = c.NameZh, NameEn = c.NameEn, InCodebook = true };
}
