using FinalAccounts.Data.Entities;
using FinalAccounts.Data.Storage;

namespace FinalAccounts.Api.Tests.Fixtures;

/// <summary>
/// Writes a deterministic synthetic snapshot (several units × years) with real SQLite, for paging,
/// sorting and filtering tests. Values repeat on purpose (ties) and are sometimes missing (nulls).
/// </summary>
public static class FixtureSnapshotBuilder
{
    private static readonly string[] Regions = ["重庆市万州区", "重庆市涪陵区", "重庆市渝中区"];
    private static readonly string?[] Departments = ["重庆市万州区大数据应用发展管理局", "重庆市万州区财政局", null];
    private static readonly (string Code, string Zh, string En)[] Codebook =
    [
        ("201", "一般公共服务支出", "General public services"),
        ("205", "教育支出", "Education"),
        ("208", "社会保障和就业支出", "Social security and employment"),
        ("212", "城乡社区支出", "Urban and rural community affairs"),
    ];

    public static FixtureData Build(int unitCount = 20, int firstYear = 2019, int lastYear = 2022)
    {
        var data = new FixtureData();
        for (var year = firstYear; year <= lastYear; year++) data.Years.Add(new FiscalYear { Year = year });
        foreach (var (code, zh, en) in Codebook)
            data.Categories.Add(new ExpenseCategory { Id = code, Code = code, NameZh = zh, NameEn = en, InCodebook = true });
        data.Categories.Add(new ExpenseCategory { Id = "x0badc0de", Code = null, NameZh = "其他特别支出", NameEn = null, InCodebook = false });

        for (var u = 0; u < unitCount; u++)
        {
            var unitId = $"u{u:000}";
            var unit = new Unit
            {
                Id = unitId,
                Name = $"{Regions[u % Regions.Length]}测试单位{u % 7:00}号{(u % 4 == 0 ? "中心" : "站")}",
                Region = u % 5 == 4 ? null : Regions[u % Regions.Length],
                SupervisingDepartment = Departments[u % Departments.Length],
                Kind = u % 2 == 0 ? "事业单位" : "行政单位",
                FundingType = "全额拨款",
                WelfareClass = u % 3 == 0 ? "公益一类" : null,
                BudgetLevel = "二级预算单位",
                ContactPhone = "023-5825" + (8000 + u),
                Provenance = Provenance.Synthetic,
                Line = 3,
            };
            data.Units.Add(unit);
            for (var d = 1; d <= 2; d++)
                data.Duties.Add(new UnitDuty { Id = $"{unitId}-duty{d}", UnitId = unitId, Ordinal = d, Text = $"职责{d}", Provenance = Provenance.Synthetic, Line = 5 + d });
            data.Divisions.Add(new Division { Id = $"{unitId}-div1", UnitId = unitId, Ordinal = 1, Name = "办公室", Duties = "负责日常运转", Provenance = Provenance.Synthetic, Line = 9 });

            string? latestDocument = null;
            for (var year = firstYear; year <= lastYear; year++)
            {
                if ((u + year) % 5 == 0) continue; // not every unit reports every year
                var documentId = $"d{u:000}{year}";
                latestDocument = documentId;
                var accountId = $"{unitId}-{year}";
                data.Documents.Add(new SourceDocument
                {
                    Id = documentId, FileName = $"unit{u:000}-{year}.txt", Sha256 = new string((char)('a' + u % 6), 64),
                    ReportKind = u % 6 == 5 ? ReportKind.Department : ReportKind.Unit, UnitId = unitId, Year = year,
                    Title = $"{unit.Name}{year}年度决算情况说明", LineCount = 200 + u, FigureCount = 3, Provenance = Provenance.Synthetic,
                    MissingSections = u % 4 == 1 ? "三公经费" : "",
                });
                AddAccount(data, u, year, unitId, accountId, documentId);
            }
            unit.DocumentId = latestDocument;
        }

        // The codebook also holds categories no report uses.
        data.Categories.Add(new ExpenseCategory { Id = "229", Code = "229", NameZh = "其他支出", NameEn = "Other expenditure", InCodebook = true });

        data.Snapshot = new SnapshotInfo
        {
            Id = "fixture", BuiltAt = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero), Kind = "DEMO",
            SchemaVersion = SnapshotContext.SchemaVersion, DocumentCount = data.Documents.Count, UnitCount = data.Units.Count,
            AccountCount = data.Accounts.Count, FindingCount = data.Findings.Count, Generator = "FixtureSnapshotBuilder",
        };
        return data;
    }

    private static void AddAccount(FixtureData data, int u, int year, string unitId, string accountId, string documentId)
    {
        var k = u * 31 + year * 7;
        decimal? Money(int salt, int modulo = 9) => (k + salt) % 11 == 0 ? null : ((k + salt) % modulo) * 125.25m + 0.01m * (salt % 3);
        var account = new FinalAccount
        {
            Id = accountId, UnitId = unitId, Year = year, DocumentId = documentId,
            ReportKind = u % 6 == 5 ? ReportKind.Department : ReportKind.Unit, Provenance = Provenance.Synthetic,
            IncomeTotal = Money(1), ExpenditureTotal = Money(2, 5), IncomeSubtotal = Money(3), CarryoverIn = Money(4, 3),
            BasicExpenditure = Money(5, 4), ProjectExpenditure = Money(6), FiscalAppropriationTotal = Money(7),
            GeneralBudgetExpenditure = Money(8, 6), ThreePublicTotal = (k % 3) * 0.5m,
            OverseasTripGroups = k % 4 == 0 ? null : k % 3, VehiclesHeld = k % 5,
            OrganOperatingInScope = (k % 3) switch { 0 => true, 1 => false, _ => null },
            OrganOperatingExpenses = k % 3 == 0 ? Money(9) : null,
            PerformanceConclusion = k % 2 == 0 ? "绩效目标基本完成" : null,
        };
        data.Accounts.Add(account);

        var metrics = new (Metric Metric, decimal? Amount)[]
        {
            (Metric.IncomeTotal, account.IncomeTotal), (Metric.ExpenditureTotal, account.ExpenditureTotal), (Metric.BasicExpenditure, account.BasicExpenditure),
        };
        var line = 10;
        foreach (var (metric, amount) in metrics)
        {
            var change = amount is null ? (decimal?)null : (k % 4) * 10.5m - 5m;
            data.Figures.Add(new Figure
            {
                Id = $"{accountId}-{metric}", AccountId = accountId, UnitId = unitId, Year = year, Metric = metric, Amount = amount,
                Provenance = Provenance.Synthetic, DocumentId = documentId, Line = line++, ChangeAmount = change,
                ChangePercent = change is null ? null : 1.5m * (k % 5), PreviousYearAmount = amount - change,
                Reason = k % 3 == 0 ? "业务增加" : null,
            });
        }

        for (var c = 0; c < 2 + k % 2; c++)
        {
            var category = data.Categories[(u + c) % data.Categories.Count];
            var source = c == 2 ? BudgetSource.GovernmentFundBudget : BudgetSource.GeneralPublicBudget;
            data.Expenditures.Add(new Expenditure
            {
                Id = $"{accountId}-{(source == BudgetSource.GeneralPublicBudget ? "gpb" : "gfb")}-{category.Id}", AccountId = accountId, UnitId = unitId,
                Year = year, CategoryId = category.Id, BudgetSource = source, StatedName = category.NameZh, Ordinal = c + 1,
                Amount = Money(10 + c, 7), SharePercent = (k + c) % 10 * 10.0m, BudgetChangeAmount = c * 3.5m, InitialBudgetAmount = Money(10 + c, 7) - c * 3.5m,
                Provenance = Provenance.Synthetic, DocumentId = documentId, Line = 40 + c,
            });
        }

        if (k % 3 != 1)
            data.Procurements.Add(new Procurement
            {
                Id = accountId + "-proc", AccountId = accountId, UnitId = unitId, Year = year, Total = Money(20), Goods = 0m, Works = 0m,
                Services = Money(20), Sme = Money(20), SmeSharePercent = 100m, Provenance = Provenance.Synthetic, DocumentId = documentId, Line = 80,
            });

        for (var p = 0; p < 1 + k % 2; p++)
        {
            var projectId = $"{accountId}-p{p}";
            data.Projects.Add(new PerformanceProject
            {
                Id = projectId, AccountId = accountId, UnitId = unitId, Year = year, Ordinal = p + 1, Name = $"项目{(k + p) % 4}",
                Kind = p == 0 ? ProjectKind.KeySpecial : ProjectKind.General, TotalScore = 90m + (k + p) % 10, Executed = Money(30 + p),
                Provenance = Provenance.Synthetic, DocumentId = documentId, Line = 100 + p * 20,
            });
            for (var i = 1; i <= 2; i++)
                data.Indicators.Add(new PerformanceIndicator
                {
                    Id = $"{projectId}-i{i}", ProjectId = projectId, Ordinal = i, Name = i == 1 ? "完成率" : "满意度", MeasureUnit = "%",
                    Operator = i == 1 ? IndicatorOperator.AtLeast : IndicatorOperator.Equal, InitialTarget = 90m, ActualValue = 80m + (k + i) % 25,
                    Weight = 20m, Score = 10m + (k + i) % 11, IsCore = i == 1 ? true : (k % 2 == 0 ? false : null),
                    Provenance = Provenance.Synthetic, Line = 110 + p * 20 + i,
                });
        }

        if (k % 4 == 0)
            data.Findings.Add(new DataQualityFinding
            {
                Id = $"{documentId}-STATED_PERCENT", DocumentId = documentId, AccountId = accountId, UnitId = unitId, Year = year,
                Rule = "STATED_PERCENT", Severity = k % 8 == 0 ? Severity.Error : Severity.RoundingHint, Subject = "GeneralBudgetIncome",
                Message = "stated percent does not match", Expected = 18.8m, Actual = 19.4m, Line = 30, Provenance = Provenance.Synthetic,
            });
    }

    /// <summary>Writes <paramref name="data"/> to a new SQLite file at <paramref name="path"/>.</summary>
    public static void Write(FixtureData data, string path)
    {
        using var context = SnapshotFile.OpenForBuild(path);
        context.Database.EnsureCreated();
        // A unit points at its latest document and a document at its unit: write units first without theirs.
        var unitDocuments = data.Units.ToDictionary(u => u.Id, u => u.DocumentId);
        foreach (var unit in data.Units) unit.DocumentId = null;
        context.AddRange(data.Years);
        context.AddRange(data.Categories);
        context.AddRange(data.Units);
        context.AddRange(data.Documents);
        context.AddRange(data.Duties);
        context.AddRange(data.Divisions);
        context.AddRange(data.Accounts);
        context.AddRange(data.Figures);
        context.AddRange(data.Expenditures);
        context.AddRange(data.Procurements);
        context.AddRange(data.Projects);
        context.AddRange(data.Indicators);
        context.AddRange(data.Findings);
        context.Add(data.Snapshot);
        // Saving also links the in-memory rows (account.Unit, unit.FinalAccounts...), which the expected answers use.
        context.SaveChanges();
        foreach (var unit in data.Units) unit.DocumentId = unitDocuments[unit.Id];
        context.SaveChanges();
    }
}
