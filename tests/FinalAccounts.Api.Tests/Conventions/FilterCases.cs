using FinalAccounts.Api.Tests.Fixtures;
using FinalAccounts.Data.Entities;

namespace FinalAccounts.Api.Tests.Conventions;

/// <summary>Every operator on every scalar kind, and/or, and relation filters, each with its expected rows.</summary>
public static class FilterCases
{
    private static FilterCase Units(string where, Func<Unit, bool> expected) =>
        new("units", where, d => d.Units.Where(expected).Select(u => u.Id));

    private static FilterCase Accounts(string where, Func<FinalAccount, bool> expected) =>
        new("finalAccounts", where, d => d.Accounts.Where(expected).Select(a => a.Id));

    private static FilterCase Categories(string where, Func<ExpenseCategory, bool> expected) =>
        new("expenseCategories", where, d => d.Categories.Where(expected).Select(c => c.Id));

    private static bool Starts(string? text, string part) => text?.StartsWith(part, StringComparison.Ordinal) == true;

    private static bool Ends(string? text, string part) => text?.EndsWith(part, StringComparison.Ordinal) == true;

    private static string Id(string type, string key) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(type + ":" + key));

    public static readonly IReadOnlyDictionary<string, FilterCase> All = new Dictionary<string, FilterCase>
    {
        // String
        ["string eq"] = Units("""{name: {eq: "重庆市万州区测试单位00号中心"}}""", u => u.Name == "重庆市万州区测试单位00号中心"),
        ["string eq null"] = Units("{region: {eq: null}}", u => u.Region is null),
        ["string neq"] = Units("""{region: {neq: "重庆市万州区"}}""", u => u.Region != "重庆市万州区"),
        ["string neq null"] = Units("{region: {neq: null}}", u => u.Region is not null),
        ["string contains"] = Units("""{name: {contains: "涪陵"}}""", u => u.Name.Contains("涪陵")),
        ["string ncontains"] = Units("""{region: {ncontains: "万州"}}""", u => u.Region is null || !u.Region.Contains("万州")),
        ["string startsWith"] = Units("""{name: {startsWith: "重庆市渝中区"}}""", u => u.Name.StartsWith("重庆市渝中区", StringComparison.Ordinal)),
        ["string nstartsWith"] = Units("""{region: {nstartsWith: "重庆市渝"}}""", u => u.Region is null || !u.Region.StartsWith("重庆市渝", StringComparison.Ordinal)),
        ["string endsWith"] = Units("""{name: {endsWith: "中心"}}""", u => u.Name.EndsWith("中心", StringComparison.Ordinal)),
        ["string nendsWith"] = Units("""{name: {nendsWith: "中心"}}""", u => !u.Name.EndsWith("中心", StringComparison.Ordinal)),
        // Text operations compare characters exactly, Latin letters included, and wildcards in the text are plain characters.
        ["string startsWith keeps case"] = Categories("""{nameEn: {or: [{startsWith: "education"}, {startsWith: "Social"}]}}""",
            c => Starts(c.NameEn, "education") || Starts(c.NameEn, "Social")),
        ["string endsWith keeps case"] = Categories("""{nameEn: {or: [{endsWith: "SERVICES"}, {endsWith: "affairs"}]}}""",
            c => Ends(c.NameEn, "SERVICES") || Ends(c.NameEn, "affairs")),
        ["string nstartsWith keeps case"] = Categories("""{nameEn: {and: [{nstartsWith: "general"}, {nstartsWith: "Edu"}]}}""",
            c => !Starts(c.NameEn, "general") && !Starts(c.NameEn, "Edu")),
        ["string startsWith takes * literally"] = Categories("""{nameEn: {or: [{startsWith: "*"}, {startsWith: "Edu"}]}}""",
            c => Starts(c.NameEn, "*") || Starts(c.NameEn, "Edu")),
        ["string endsWith takes [ and ? literally"] = Categories("""{nameEn: {or: [{endsWith: "[a-z]"}, {endsWith: "?"}, {endsWith: "tion"}]}}""",
            c => Ends(c.NameEn, "[a-z]") || Ends(c.NameEn, "?") || Ends(c.NameEn, "tion")),
        ["string in with null"] = Units("""{region: {in: ["重庆市万州区", null]}}""", u => u.Region is null or "重庆市万州区"),
        ["string nin"] = Units("""{region: {nin: ["重庆市万州区"]}}""", u => u.Region != "重庆市万州区"),
        ["string and"] = Units("""{name: {and: [{contains: "测试"}, {endsWith: "站"}]}}""", u => u.Name.Contains("测试") && u.Name.EndsWith("站", StringComparison.Ordinal)),
        ["string or"] = Units("""{name: {or: [{startsWith: "重庆市涪陵区"}, {endsWith: "中心"}]}}""", u => u.Name.StartsWith("重庆市涪陵区", StringComparison.Ordinal) || u.Name.EndsWith("中心", StringComparison.Ordinal)),

        // Int, required and nullable
        ["int eq"] = Accounts("{year: {eq: 2020}}", a => a.Year == 2020),
        ["int neq"] = Accounts("{year: {neq: 2020}}", a => a.Year != 2020),
        ["int in"] = Accounts("{year: {in: [2019, 2022]}}", a => a.Year is 2019 or 2022),
        ["int nin"] = Accounts("{year: {nin: [2019]}}", a => a.Year != 2019),
        ["int gt"] = Accounts("{year: {gt: 2020}}", a => a.Year > 2020),
        ["int ngt"] = Accounts("{year: {ngt: 2020}}", a => !(a.Year > 2020)),
        ["int gte"] = Accounts("{year: {gte: 2020}}", a => a.Year >= 2020),
        ["int ngte"] = Accounts("{year: {ngte: 2020}}", a => !(a.Year >= 2020)),
        ["int lt"] = Accounts("{year: {lt: 2021}}", a => a.Year < 2021),
        ["int nlt"] = Accounts("{year: {nlt: 2021}}", a => !(a.Year < 2021)),
        ["int lte"] = Accounts("{year: {lte: 2021}}", a => a.Year <= 2021),
        ["int nlte"] = Accounts("{year: {nlte: 2021}}", a => !(a.Year <= 2021)),
        ["nullable int eq null"] = Accounts("{overseasTripGroups: {eq: null}}", a => a.OverseasTripGroups is null),
        ["nullable int neq"] = Accounts("{overseasTripGroups: {neq: 1}}", a => a.OverseasTripGroups != 1),
        ["nullable int gt"] = Accounts("{overseasTripGroups: {gt: 0}}", a => a.OverseasTripGroups > 0),
        ["nullable int ngt"] = Accounts("{overseasTripGroups: {ngt: 0}}", a => !(a.OverseasTripGroups > 0)),
        ["nullable int nlt"] = Accounts("{overseasTripGroups: {nlt: 2}}", a => !(a.OverseasTripGroups < 2)),
        ["nullable int in with null"] = Accounts("{overseasTripGroups: {in: [0, null]}}", a => a.OverseasTripGroups is null or 0),
        ["nullable int nin"] = Accounts("{overseasTripGroups: {nin: [0]}}", a => a.OverseasTripGroups != 0),

        // Decimal (stored as integers of millionths)
        ["decimal eq"] = Accounts("{incomeTotal: {eq: 501.01}}", a => a.IncomeTotal == 501.01m),
        ["decimal eq null"] = Accounts("{incomeTotal: {eq: null}}", a => a.IncomeTotal is null),
        ["decimal neq"] = Accounts("{incomeTotal: {neq: 501.01}}", a => a.IncomeTotal != 501.01m),
        ["decimal in"] = Accounts("{incomeTotal: {in: [0.01, 125.26]}}", a => a.IncomeTotal is 0.01m or 125.26m),
        ["decimal nin"] = Accounts("{incomeTotal: {nin: [0.01, 125.26]}}", a => a.IncomeTotal is not (0.01m or 125.26m)),
        ["decimal gt"] = Accounts("{incomeTotal: {gt: 500}}", a => a.IncomeTotal > 500m),
        ["decimal ngt"] = Accounts("{incomeTotal: {ngt: 500}}", a => !(a.IncomeTotal > 500m)),
        ["decimal gte"] = Accounts("{incomeTotal: {gte: 501.01}}", a => a.IncomeTotal >= 501.01m),
        ["decimal ngte"] = Accounts("{incomeTotal: {ngte: 501.01}}", a => !(a.IncomeTotal >= 501.01m)),
        ["decimal lt"] = Accounts("{incomeTotal: {lt: 250.51}}", a => a.IncomeTotal < 250.51m),
        ["decimal nlt"] = Accounts("{incomeTotal: {nlt: 250.51}}", a => !(a.IncomeTotal < 250.51m)),
        ["decimal lte"] = Accounts("{incomeTotal: {lte: 250.51}}", a => a.IncomeTotal <= 250.51m),
        ["decimal nlte"] = Accounts("{incomeTotal: {nlte: 250.51}}", a => !(a.IncomeTotal <= 250.51m)),
        ["decimal required gte"] = Accounts("{threePublicTotal: {gte: 0.5}}", a => a.ThreePublicTotal >= 0.5m),

        // Boolean
        ["bool eq true"] = Accounts("{organOperatingInScope: {eq: true}}", a => a.OrganOperatingInScope == true),
        ["bool eq false"] = Accounts("{organOperatingInScope: {eq: false}}", a => a.OrganOperatingInScope == false),
        ["bool eq null"] = Accounts("{organOperatingInScope: {eq: null}}", a => a.OrganOperatingInScope is null),
        ["bool neq true"] = Accounts("{organOperatingInScope: {neq: true}}", a => a.OrganOperatingInScope != true),
        ["bool neq null"] = Accounts("{organOperatingInScope: {neq: null}}", a => a.OrganOperatingInScope is not null),

        // Enum
        ["enum eq"] = Accounts("{reportKind: {eq: DEPARTMENT}}", a => a.ReportKind == ReportKind.Department),
        ["enum neq"] = Accounts("{reportKind: {neq: DEPARTMENT}}", a => a.ReportKind != ReportKind.Department),
        ["enum in"] = Accounts("{reportKind: {in: [UNIT]}}", a => a.ReportKind == ReportKind.Unit),
        ["enum nin"] = Accounts("{reportKind: {nin: [UNIT, DEPARTMENT]}}", _ => false),

        // Global id
        ["id eq"] = Accounts($$$"""{id: {eq: "{{{Id("FinalAccount", "u001-2020")}}}"}}""", a => a.Id == "u001-2020"),
        ["id neq"] = Accounts($$$"""{id: {neq: "{{{Id("FinalAccount", "u001-2020")}}}"}}""", a => a.Id != "u001-2020"),
        ["id in"] = Accounts($$$"""{id: {in: ["{{{Id("FinalAccount", "u001-2020")}}}", "{{{Id("FinalAccount", "u002-2021")}}}"]}}""", a => a.Id is "u001-2020" or "u002-2021"),
        ["id nin"] = Accounts($$$"""{id: {nin: ["{{{Id("FinalAccount", "u001-2020")}}}"]}}""", a => a.Id != "u001-2020"),

        // and / or
        ["and"] = Accounts("{and: [{year: {gte: 2020}}, {incomeTotal: {gt: 500}}]}", a => a.Year >= 2020 && a.IncomeTotal > 500m),
        ["or"] = Accounts("{or: [{year: {eq: 2019}}, {reportKind: {eq: DEPARTMENT}}]}", a => a.Year == 2019 || a.ReportKind == ReportKind.Department),
        ["or of and"] = Accounts("{or: [{and: [{year: {eq: 2021}}, {incomeTotal: {eq: null}}]}, {threePublicTotal: {gt: 0.5}}], reportKind: {eq: UNIT}}",
            a => ((a.Year == 2021 && a.IncomeTotal is null) || a.ThreePublicTotal > 0.5m) && a.ReportKind == ReportKind.Unit),
        ["fields combine with and"] = Accounts("{year: {eq: 2022}, organOperatingInScope: {eq: false}}", a => a.Year == 2022 && a.OrganOperatingInScope == false),

        // Relations
        ["to-one"] = Accounts("""{unit: {region: {eq: "重庆市涪陵区"}}}""", a => a.Unit!.Region == "重庆市涪陵区"),
        ["to-one two levels"] = new("performanceProjects", """{account: {unit: {kind: {eq: "行政单位"}}}}""",
            d => d.Projects.Where(p => p.Account!.Unit!.Kind == "行政单位").Select(p => p.Id)),
        ["to-many some"] = Accounts("{figures: {some: {changeAmount: {gt: 20}}}}", a => a.Figures.Any(f => f.ChangeAmount > 20m)),
        ["to-many all"] = Units("{finalAccounts: {all: {incomeTotal: {gt: 200}}}}", u => u.FinalAccounts.All(a => a.IncomeTotal > 200m)),
        ["to-many none"] = Units("{finalAccounts: {none: {year: {eq: 2022}}}}", u => u.FinalAccounts.All(a => a.Year != 2022)),
        ["to-many any true"] = Accounts("{findings: {any: true}}", a => a.Findings.Count > 0),
        ["to-many any false"] = Accounts("{findings: {any: false}}", a => a.Findings.Count == 0),
        ["to-many on codebook"] = new("expenseCategories", "{expenditures: {some: {budgetSource: {eq: GOVERNMENT_FUND_BUDGET}}}}",
            d => d.Categories.Where(c => c.Expenditures.Any(e => e.BudgetSource == BudgetSource.GovernmentFundBudget)).Select(c => c.Id)),
        ["to-many inside to-one"] = new("expenditures", "{account: {findings: {some: {severity: {eq: ERROR}}}}}",
            d => d.Expenditures.Where(e => e.Account!.Findings.Any(f => f.Severity == Severity.Error)).Select(e => e.Id)),
    };

    public static TheoryData<string> Names => new(All.Keys);
}
