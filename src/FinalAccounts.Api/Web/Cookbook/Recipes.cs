using static FinalAccounts.Api.Web.Cookbook.ValueFormat;

namespace FinalAccounts.Api.Web.Cookbook;

/// <summary>
/// The cookbook: ready queries for the questions journalists and open-data users ask of final accounts.
/// Every query runs on any snapshot (real or demo): filters default to "any unit", so the first answer
/// is never empty for want of a name. A test runs each one against the real report.
/// </summary>
public static class Recipes
{
    private static BilingualText T(string zh, string en) => new(zh, en);

    private static RecipeColumn C(string path, string zh, string en, ValueFormat format = Text) => new(path, T(zh, en), format);

    private static readonly RecipeColumn Unit = C("unit.name", "单位", "Unit");
    private static readonly RecipeColumn Year = C("year", "年度", "Year", Number);
    private static readonly BilingualText TenThousandYuan = T("万元", "10,000 CNY");

    public static IReadOnlyList<CookbookRecipe> All { get; } =
    [
        new("unit-spending-trend",
            T("单位支出趋势及原因", "A unit's spending trend and its stated reasons"),
            T("这个单位每年花了多少钱？比上年变化多少？报告说的原因是什么？", "How much did this unit spend each year, how did it change, and why, in the report's own words?"),
            """
            # 单位支出趋势及原因 / A unit's spending trend and its stated reasons
            # The previous year's amount is derived (amount − stated change), never reported.
            query UnitSpendingTrend($unit: String = "") {
              units(first: 1, where: { name: { contains: $unit } }) {
                nodes {
                  name
                  finalAccounts(order: [{ year: ASC }]) {
                    year
                    figure(metric: EXPENDITURE_TOTAL) {
                      amount
                      previousYearAmount
                      changeAmount
                      changePercent
                      reason
                      provenance
                      line
                    }
                  }
                }
              }
            }
            """,
            """{ "unit": "" }""",
            "units.nodes.0.finalAccounts",
            [Year, C("figure.amount", "支出总计", "Total expenditure", Money), C("figure.previousYearAmount", "上年决算数（推算）", "Previous year (derived)", Money),
             C("figure.changeAmount", "增减额", "Change", Money), C("figure.changePercent", "增减率", "Change %", Percent), C("figure.reason", "报告所述原因", "Stated reason"),
             C("figure.line", "行号", "Line", Number)],
            new RecipeChart(ChartKind.Line, "year",
                [new ChartSeries("figure.amount", T("支出总计（报告数）", "Total expenditure (reported)")),
                 new ChartSeries("figure.previousYearAmount", T("上年决算数（推算）", "Previous year (derived)"), XOffset: -1, Derived: true)],
                TenThousandYuan)),

        new("spending-trend",
            T("支出总计的逐年趋势与年均增长率", "Total expenditure over the years, with its compound annual growth"),
            T("所有单位的支出总计每年多少？每年增长多少？年均增长率（CAGR）是多少？没有报告的年份是空缺，不是零。", "What did all units spend each year, how much did it grow each year, and at what compound annual rate? A year without reports is a gap, never a zero."),
            """
            # 逐年趋势与年均增长率 / Trend with compound annual growth rate
            # status: REPORTED (stated by that year's reports), DERIVED (from the next year's stated change) or GAP.
            query SpendingTrend($from: Int = 2016, $to: Int = 2025) {
              trend(metric: EXPENDITURE_TOTAL, fromYear: $from, toYear: $to) {
                metric { nameZh nameEn }
                cagrPercent
                cagrFromYear
                cagrToYear
                points {
                  year
                  value
                  status
                  count
                  changeAmount
                  changePercent
                }
              }
            }
            """,
            """{ "from": 2016, "to": 2025 }""",
            "trend.points",
            [Year, C("value", "支出总计", "Total expenditure", Money), C("status", "来源", "Status"), C("count", "报告数", "Reports", Number),
             C("changeAmount", "较上年增减", "Change", Money), C("changePercent", "增减率", "Change %", Percent)],
            new RecipeChart(ChartKind.Line, "year", [new ChartSeries("value", T("支出总计", "Total expenditure"))], TenThousandYuan)),

        new("year-category-breakdown",
            T("一年的支出功能分类构成", "The category breakdown of a year"),
            T("一般公共预算的钱花在了哪些功能分类上？各占多少，与年初预算相比如何？", "Which functional categories did the general public budget go to, with what share, and how did each compare with the initial budget?"),
            """
            # 一年的支出功能分类构成 / The category breakdown of a year (general public budget)
            query YearCategoryBreakdown($unit: String = "") {
              finalAccounts(first: 1, order: [{ year: DESC }], where: { unit: { name: { contains: $unit } } }) {
                nodes {
                  year
                  unit { name }
                  expenditures(where: { budgetSource: { eq: GENERAL_PUBLIC_BUDGET } }, order: [{ amount: DESC }]) {
                    statedName
                    category { code nameEn }
                    amount
                    sharePercent
                    budgetChangeAmount
                    budgetChangePercent
                    reason
                  }
                }
              }
            }
            """,
            """{ "unit": "" }""",
            "finalAccounts.nodes.0.expenditures",
            [C("category.code", "科目编码", "Code"), C("statedName", "功能分类", "Category"), C("category.nameEn", "英文名称", "Category (English)"),
             C("amount", "支出", "Amount", Money), C("sharePercent", "占比", "Share %", Percent),
             C("budgetChangeAmount", "较年初预算增减", "vs initial budget", Money), C("budgetChangePercent", "增减率", "vs budget %", Percent), C("reason", "原因", "Stated reason")],
            new RecipeChart(ChartKind.Bar, "statedName", [new ChartSeries("amount", T("支出", "Amount"))], TenThousandYuan)),

        new("categories-across-units",
            T("全部单位某年的支出功能分类构成", "The category breakdown of a year across all units"),
            T("这一年所有单位的财政拨款支出，按功能分类合计各是多少、各占多少？", "Across all units, how much did each functional category get in a year, and what share of the total?"),
            """
            # 全部单位的功能分类构成 / Category breakdown across all units (summed in SQL)
            query CategoriesAcrossUnits($year: Int = 2021) {
              aggregate(metric: CATEGORY_EXPENDITURE, groupBy: [CATEGORY], where: { year: { eq: $year } }, order: [{ sum: DESC }], first: 30) {
                sum
                count
                nodes {
                  category { code nameZh nameEn }
                  sum
                  count
                  sharePercent
                }
              }
            }
            """,
            """{ "year": 2021 }""",
            "aggregate.nodes",
            [C("category.code", "科目编码", "Code"), C("category.nameZh", "功能分类", "Category"), C("category.nameEn", "英文名称", "Category (English)"),
             C("sum", "合计", "Sum", Money), C("sharePercent", "占比", "Share %", Percent), C("count", "条数", "Rows", Number)],
            new RecipeChart(ChartKind.Bar, "category.nameZh", [new ChartSeries("sum", T("合计", "Sum"))], TenThousandYuan)),

        new("categories-over-years",
            T("各功能分类的逐年支出", "Each category across the years"),
            T("支出最多的几个功能分类，每年各花了多少？（一条线一个分类）", "How did spending on the largest categories change from year to year? (one line per category)"),
            """
            # 各功能分类的逐年支出 / One series per category across years, ready to draw
            {
              series(metric: CATEGORY_EXPENDITURE, seriesBy: [CATEGORY], top: 6) {
                years
                series {
                  category { code nameZh nameEn }
                  total
                  points { year value }
                }
              }
            }
            """,
            null,
            "series.series",
            [C("category.code", "科目编码", "Code"), C("category.nameZh", "功能分类", "Category"), C("category.nameEn", "英文名称", "Category (English)"),
             C("total", "各年合计", "Total over the years", Money)],
            new RecipeChart(ChartKind.Line, "year", [new ChartSeries("value", T("支出", "Spending"))], TenThousandYuan, GroupBy: "category.nameZh", Points: "points")),

        new("procurement-smes",
            T("政府采购与中小企业", "Procurement and SMEs"),
            T("谁的政府采购最多？其中多少授予了中小企业和小微企业？", "Who procured the most, and how much of it went to SMEs and to small and micro enterprises?"),
            """
            # 政府采购与中小企业 / Procurement and SMEs
            {
              procurements(first: 20, order: [{ total: DESC }]) {
                nodes {
                  year
                  unit { name }
                  total
                  goods
                  works
                  services
                  sme
                  smeSharePercent
                  smallMicro
                  smallMicroSharePercent
                  purpose
                }
              }
            }
            """,
            null,
            "procurements.nodes",
            [Year, Unit, C("total", "采购总额", "Total", Money), C("goods", "货物", "Goods", Money), C("works", "工程", "Works", Money), C("services", "服务", "Services", Money),
             C("sme", "授予中小企业", "To SMEs", Money), C("smeSharePercent", "中小企业占比", "SMEs %", Percent),
             C("smallMicro", "其中小微企业", "Small and micro", Money), C("smallMicroSharePercent", "小微企业占比", "Small and micro %", Percent), C("purpose", "主要用于", "Bought")],
            new RecipeChart(ChartKind.Bar, "unit.name",
                [new ChartSeries("total", T("采购总额", "Total")), new ChartSeries("sme", T("授予中小企业", "To SMEs")), new ChartSeries("smallMicro", T("小微企业", "Small and micro"))],
                TenThousandYuan, XSuffix: "year"),
            new RecipeExport("procurements", Order: """[{"total":"DESC"}]""")),

        new("three-public-expenses",
            T("各单位的“三公”经费", "The three public expenses across units"),
            T("因公出国（境）、公务用车、公务接待，各单位花了多少？", "How much did each unit spend on official trips abroad, official vehicles and official receptions?"),
            """
            # 各单位的“三公”经费 / The three public expenses across units
            {
              finalAccounts(first: 20, order: [{ threePublicTotal: DESC }]) {
                nodes {
                  year
                  unit { name }
                  threePublicTotal
                  overseasTrips
                  vehiclePurchase
                  vehicleOperation
                  officialReception
                  vehiclesHeld
                  receptionBatches
                  receptionPersons
                }
              }
            }
            """,
            null,
            "finalAccounts.nodes",
            [Year, Unit, C("threePublicTotal", "三公经费合计", "Total", Money), C("overseasTrips", "因公出国（境）", "Trips abroad", Money),
             C("vehiclePurchase", "公务用车购置", "Vehicle purchase", Money), C("vehicleOperation", "公务用车运行维护", "Vehicle running", Money),
             C("officialReception", "公务接待", "Receptions", Money), C("vehiclesHeld", "公务车保有量（辆）", "Vehicles held", Number),
             C("receptionBatches", "接待批次", "Reception batches", Number), C("receptionPersons", "接待人次", "Reception persons", Number)],
            new RecipeChart(ChartKind.Bar, "unit.name",
                [new ChartSeries("overseasTrips", T("因公出国（境）", "Trips abroad")), new ChartSeries("vehiclePurchase", T("公务用车购置", "Vehicle purchase")),
                 new ChartSeries("vehicleOperation", T("公务用车运行维护", "Vehicle running")), new ChartSeries("officialReception", T("公务接待", "Receptions"))],
                TenThousandYuan, XSuffix: "year"),
            new RecipeExport("finalAccounts", Order: """[{"threePublicTotal":"DESC"}]""")),

        new("biggest-changes",
            T("较上年变化最大的支出", "Biggest changes against last year"),
            T("哪些单位的支出总计较上年增长最多？报告给出的原因是什么？", "Whose total expenditure grew most against the previous year, and what reason does the report give?"),
            """
            # 较上年变化最大的支出 / Biggest changes against last year
            {
              figures(first: 20, where: { metric: { eq: EXPENDITURE_TOTAL }, changePercent: { neq: null } }, order: [{ changePercent: DESC }]) {
                nodes {
                  year
                  unit { name }
                  amount
                  previousYearAmount
                  changeAmount
                  changePercent
                  reason
                }
              }
            }
            """,
            null,
            "figures.nodes",
            [Year, Unit, C("amount", "支出总计", "Total expenditure", Money), C("previousYearAmount", "上年（推算）", "Previous year (derived)", Money),
             C("changeAmount", "增减额", "Change", Money), C("changePercent", "增减率", "Change %", Percent), C("reason", "报告所述原因", "Stated reason")],
            new RecipeChart(ChartKind.Bar, "unit.name", [new ChartSeries("changePercent", T("增减率", "Change %"))], T("%", "%"), XSuffix: "year"),
            new RecipeExport("figures", """{"metric":{"eq":"EXPENDITURE_TOTAL"},"changePercent":{"neq":null}}""", """[{"changePercent":"DESC"}]""")),

        new("top-spenders",
            T("支出最多的单位", "The units that spent most"),
            T("某一年支出总计最多的是哪些单位？", "Which units had the largest total expenditure in a year?"),
            """
            # 支出最多的单位 / Top units by total expenditure in a year
            query TopSpenders($year: Int! = 2021) {
              ranking(metric: EXPENDITURE_TOTAL, year: $year, top: 20) {
                rankedCount
                entries {
                  rank
                  unit { name region }
                  value
                }
              }
            }
            """,
            """{ "year": 2021 }""",
            "ranking.entries",
            [C("rank", "名次", "Rank", Number), Unit, C("unit.region", "地区", "Region"), C("value", "支出总计", "Total expenditure", Money)],
            new RecipeChart(ChartKind.Bar, "unit.name", [new ChartSeries("value", T("支出总计", "Total expenditure"))], TenThousandYuan)),

        new("budget-execution",
            T("预算执行：决算与年初预算", "Budget execution: actual against the initial budget"),
            T("一般公共预算支出比年初预算多花或少花了多少？为什么？", "How far did general public budget spending depart from the initial budget, and why?"),
            """
            # 预算执行 / Budget execution (the initial budget is derived: amount − stated change against budget)
            {
              figures(first: 20, where: { metric: { eq: GENERAL_BUDGET_EXPENDITURE }, budgetChangeAmount: { neq: null } }, order: [{ budgetChangePercent: DESC }]) {
                nodes {
                  year
                  unit { name }
                  initialBudgetAmount
                  amount
                  budgetChangeAmount
                  budgetChangePercent
                  reason
                }
              }
            }
            """,
            null,
            "figures.nodes",
            [Year, Unit, C("initialBudgetAmount", "年初预算（推算）", "Initial budget (derived)", Money), C("amount", "决算数", "Actual", Money),
             C("budgetChangeAmount", "差额", "Difference", Money), C("budgetChangePercent", "差异率", "Difference %", Percent), C("reason", "原因", "Stated reason")],
            new RecipeChart(ChartKind.Bar, "unit.name",
                [new ChartSeries("initialBudgetAmount", T("年初预算（推算）", "Initial budget (derived)"), Derived: true), new ChartSeries("amount", T("决算数", "Actual"))],
                TenThousandYuan, XSuffix: "year"),
            new RecipeExport("figures", """{"metric":{"eq":"GENERAL_BUDGET_EXPENDITURE"},"budgetChangeAmount":{"neq":null}}""", """[{"budgetChangePercent":"DESC"}]""")),

        new("budget-execution-by-category",
            T("各功能分类的预算执行", "Budget execution by category"),
            T("按功能分类，决算数与年初预算相比差多少？执行率是多少？", "By functional category, how far did actual spending depart from the initial budget, and what was the execution rate?"),
            """
            # 各功能分类的预算执行 / Budget execution by category (only rows that state a budget comparison)
            {
              budgetExecution(metric: CATEGORY_EXPENDITURE, groupBy: [CATEGORY], order: [{ difference: DESC }], first: 30) {
                actual
                initialBudget
                executionPercent
                nodes {
                  category { code nameZh nameEn }
                  initialBudget
                  actual
                  difference
                  executionPercent
                  count
                }
              }
            }
            """,
            null,
            "budgetExecution.nodes",
            [C("category.code", "科目编码", "Code"), C("category.nameZh", "功能分类", "Category"), C("category.nameEn", "英文名称", "Category (English)"),
             C("initialBudget", "年初预算", "Initial budget", Money), C("actual", "决算数", "Actual", Money), C("difference", "差额", "Difference", Money),
             C("executionPercent", "执行率", "Execution %", Percent), C("count", "条数", "Rows", Number)],
            new RecipeChart(ChartKind.Bar, "category.nameZh",
                [new ChartSeries("initialBudget", T("年初预算", "Initial budget")), new ChartSeries("actual", T("决算数", "Actual"))],
                TenThousandYuan)),

        new("project-execution",
            T("项目资金执行率", "Project funds: budget and execution"),
            T("哪些绩效项目执行率最低？预算、调整预算和实际执行各是多少？", "Which projects executed the smallest part of their budget, and what were their budgets and scores?"),
            """
            # 项目资金执行率 / Project funds: budget and execution
            {
              performanceProjects(first: 20, order: [{ executionRate: ASC }]) {
                nodes {
                  year
                  unit { name }
                  name
                  kind
                  initialBudget
                  adjustedBudget
                  executed
                  executionRate
                  totalScore
                }
              }
            }
            """,
            null,
            "performanceProjects.nodes",
            [Year, Unit, C("name", "项目", "Project"), C("kind", "类别", "Kind"), C("initialBudget", "年初预算", "Initial budget", Money),
             C("adjustedBudget", "调整预算", "Adjusted budget", Money), C("executed", "执行数", "Executed", Money),
             C("executionRate", "执行率", "Execution %", Percent), C("totalScore", "自评得分", "Score", Number)],
            new RecipeChart(ChartKind.Bar, "name",
                [new ChartSeries("adjustedBudget", T("调整预算", "Adjusted budget")), new ChartSeries("executed", T("执行数", "Executed"))],
                TenThousandYuan, XSuffix: "year"),
            new RecipeExport("performanceProjects", Order: """[{"executionRate":"ASC"}]""")),

        new("data-quality-findings",
            T("数据质量问题", "Data-quality findings"),
            T("报告自身哪些数字对不上？（数字按原样保留，这里只指出问题）", "Where do a report's own figures not add up? (Figures stay as published; findings say what is wrong.)"),
            """
            # 数据质量问题 / Data-quality findings
            {
              dataQualityFindings(first: 50, where: { severity: { eq: ERROR } }, order: [{ year: DESC }, { rule: ASC }]) {
                nodes {
                  year
                  unit { name }
                  rule
                  subject
                  message
                  expected
                  actual
                  line
                  document { fileName }
                }
              }
            }
            """,
            null,
            "dataQualityFindings.nodes",
            [Year, Unit, C("rule", "规则", "Rule"), C("subject", "对象", "Subject"), C("message", "说明", "Finding"),
             C("expected", "应为", "Expected", Number), C("actual", "报告数", "Stated", Number), C("document.fileName", "文件", "Document"), C("line", "行号", "Line", Number)],
            Export: new RecipeExport("dataQualityFindings", """{"severity":{"eq":"ERROR"}}""", """[{"year":"DESC"},{"rule":"ASC"}]""")),

        new("reason-search",
            T("搜索报告所述原因", "Search the stated reasons"),
            T("哪些数字的变化原因提到了某个词（例如“抗疫”）？", "Which figures give a reason that mentions a word (for example 抗疫, anti-epidemic)?"),
            """
            # 搜索报告所述原因 / Search the stated reasons
            query ReasonSearch($text: String = "抗疫") {
              figures(first: 50, where: { reason: { contains: $text } }, order: [{ year: DESC }, { amount: DESC }]) {
                nodes {
                  year
                  unit { name }
                  metric
                  amount
                  changeAmount
                  reason
                  line
                }
              }
            }
            """,
            """{ "text": "抗疫" }""",
            "figures.nodes",
            [Year, Unit, C("metric", "指标", "Metric"), C("amount", "金额", "Amount", Money), C("changeAmount", "增减额", "Change", Money),
             C("reason", "原因", "Stated reason"), C("line", "行号", "Line", Number)]),

        new("full-text-search",
            T("全文搜索", "Full-text search"),
            T("哪里提到了某个词（例如“医疗”）？单位名称、职责、项目、目标、原因和数据问题都会被搜索。", "Where is a word mentioned (for example 医疗, medical)? Unit names, duties, projects, goals, stated reasons and findings are searched."),
            """
            # 全文搜索 / Full-text search (Chinese of any length, one character too)
            query Search($text: String! = "医疗") {
              search(query: $text, first: 30) {
                totalCount
                nodes {
                  kind
                  field
                  year
                  unit { name }
                  snippet { text highlighted }
                }
              }
            }
            """,
            """{ "text": "医疗" }""",
            "search.nodes",
            [C("kind", "类型", "Kind"), C("field", "字段", "Field"), Year, Unit, C("snippet", "片段", "Snippet", Snippet)]),

        new("personnel-operating",
            T("人员经费与公用经费", "Personnel and operating expenses"),
            T("基本支出中，人员经费和公用经费各是多少？", "How is basic expenditure split between personnel and operating expenses?"),
            """
            # 人员经费与公用经费 / Personnel and operating expenses
            {
              finalAccounts(first: 20, order: [{ basicExpenditure: DESC }]) {
                nodes {
                  year
                  unit { name }
                  basicExpenditure
                  personnelExpenses
                  operatingExpenses
                  projectExpenditure
                }
              }
            }
            """,
            null,
            "finalAccounts.nodes",
            [Year, Unit, C("basicExpenditure", "基本支出", "Basic", Money), C("personnelExpenses", "人员经费", "Personnel", Money),
             C("operatingExpenses", "公用经费", "Operating", Money), C("projectExpenditure", "项目支出", "Project", Money)],
            new RecipeChart(ChartKind.Bar, "unit.name",
                [new ChartSeries("personnelExpenses", T("人员经费", "Personnel")), new ChartSeries("operatingExpenses", T("公用经费", "Operating")),
                 new ChartSeries("projectExpenditure", T("项目支出", "Project"))],
                TenThousandYuan, XSuffix: "year"),
            new RecipeExport("finalAccounts", Order: """[{"basicExpenditure":"DESC"}]""")),

        new("income-sources",
            T("收入从哪里来", "Where the money comes from"),
            T("各单位的收入中，财政拨款、事业收入、经营收入和其他收入各是多少？", "How much of each unit's income is fiscal appropriation, service, business or other income?"),
            """
            # 收入从哪里来 / Where the money comes from
            {
              finalAccounts(first: 20, order: [{ incomeTotal: DESC }]) {
                nodes {
                  year
                  unit { name }
                  incomeTotal
                  fiscalAppropriationIncome
                  serviceIncome
                  businessIncome
                  otherIncome
                  carryoverIn
                }
              }
            }
            """,
            null,
            "finalAccounts.nodes",
            [Year, Unit, C("incomeTotal", "收入总计", "Total income", Money), C("fiscalAppropriationIncome", "财政拨款收入", "Fiscal appropriation", Money),
             C("serviceIncome", "事业收入", "Service income", Money), C("businessIncome", "经营收入", "Business income", Money),
             C("otherIncome", "其他收入", "Other income", Money), C("carryoverIn", "年初结转结余", "Carry-over in", Money)],
            new RecipeChart(ChartKind.Bar, "unit.name",
                [new ChartSeries("fiscalAppropriationIncome", T("财政拨款收入", "Fiscal appropriation")), new ChartSeries("serviceIncome", T("事业收入", "Service income")),
                 new ChartSeries("otherIncome", T("其他收入", "Other income")), new ChartSeries("carryoverIn", T("年初结转结余", "Carry-over in"))],
                TenThousandYuan, XSuffix: "year"),
            new RecipeExport("finalAccounts", Order: """[{"incomeTotal":"DESC"}]""")),

        new("totals-by-year",
            T("各年度合计", "Totals by year"),
            T("每年有多少单位公开了决算？收支合计多少？", "How many units published final accounts each year, and what do their totals add up to?"),
            """
            # 各年度合计 / Totals by year (sums across the year's reports: derived, not reported)
            {
              fiscalYears(first: 50, order: [{ year: ASC }]) {
                nodes {
                  year
                  unitCount
                  accountCount
                  incomeTotal
                  expenditureTotal
                  threePublicTotal
                }
              }
            }
            """,
            null,
            "fiscalYears.nodes",
            [Year, C("unitCount", "单位数", "Units", Number), C("accountCount", "决算数", "Reports", Number),
             C("incomeTotal", "收入总计合计", "Total income", Money), C("expenditureTotal", "支出总计合计", "Total expenditure", Money),
             C("threePublicTotal", "三公经费合计", "Three public expenses", Money)],
            new RecipeChart(ChartKind.Line, "year",
                [new ChartSeries("incomeTotal", T("收入总计合计", "Total income")), new ChartSeries("expenditureTotal", T("支出总计合计", "Total expenditure"))],
                TenThousandYuan)),

        new("lowest-scoring-projects",
            T("绩效自评得分最低的项目及其指标", "Lowest-scoring projects and their indicators"),
            T("哪些项目自评得分最低？它们的绩效指标目标和完成值是多少？", "Which projects scored lowest in their self-evaluation, and what were their indicators' targets and results?"),
            """
            # 绩效自评得分最低的项目 / Lowest-scoring projects and their indicators
            {
              performanceIndicators(first: 50, order: [{ project: { totalScore: ASC } }, { ordinal: ASC }]) {
                nodes {
                  project { name year totalScore unit { name } }
                  name
                  operator
                  initialTarget
                  actualValue
                  measureUnit
                  weight
                  score
                  isCore
                }
              }
            }
            """,
            null,
            "performanceIndicators.nodes",
            [C("project.year", "年度", "Year", Number), C("project.unit.name", "单位", "Unit"), C("project.name", "项目", "Project"), C("project.totalScore", "项目得分", "Project score", Number),
             C("name", "指标", "Indicator"), C("operator", "比较", "Operator"), C("initialTarget", "目标值", "Target", Number), C("actualValue", "完成值", "Actual", Number),
             C("measureUnit", "单位", "Measure"), C("weight", "权重", "Weight", Number), C("score", "得分", "Score", Number)],
            new RecipeChart(ChartKind.Bar, "name",
                [new ChartSeries("weight", T("权重", "Weight")), new ChartSeries("score", T("得分", "Score"))],
                T("分", "points")),
            new RecipeExport("performanceIndicators", Order: """[{"project":{"totalScore":"ASC"}},{"ordinal":"ASC"}]""")),

        new("units-of-a-department",
            T("主管部门下属单位", "Units under a supervising department"),
            T("某个主管部门下有哪些单位？它们是什么性质、什么经费形式？", "Which units report to a supervising department, and what kind of units are they?"),
            """
            # 主管部门下属单位 / Units under a supervising department
            query UnitsOfDepartment($department: String = "") {
              units(first: 50, where: { supervisingDepartment: { contains: $department } }, order: [{ name: ASC }]) {
                nodes {
                  name
                  region
                  supervisingDepartment
                  kind
                  fundingType
                  welfareClass
                  budgetLevel
                  contactPhone
                }
              }
            }
            """,
            """{ "department": "" }""",
            "units.nodes",
            [C("name", "单位", "Unit"), C("region", "地区", "Region"), C("supervisingDepartment", "主管部门", "Supervising department"),
             C("kind", "单位性质", "Kind"), C("fundingType", "经费形式", "Funding"), C("welfareClass", "公益类别", "Welfare class"),
             C("budgetLevel", "预算级次", "Budget level"), C("contactPhone", "决算公开联系电话", "Disclosure line")],
            Export: new RecipeExport("units", Order: """[{"name":"ASC"}]""")),

        new("source-documents",
            T("数据来源：原始报告", "Where the data comes from: the source documents"),
            T("快照由哪些公开报告构建？每份报告的 SHA-256、行数、提取了多少数字、缺少哪些部分？", "Which published reports is the snapshot built from: their SHA-256, length, figures extracted and missing sections?"),
            """
            # 数据来源 / The source documents
            {
              sourceDocuments(first: 50, order: [{ year: DESC }, { fileName: ASC }]) {
                totalCount
                nodes {
                  fileName
                  year
                  reportKind
                  unit { name }
                  title
                  lineCount
                  figureCount
                  missingSections
                  provenance
                  sha256
                }
              }
            }
            """,
            null,
            "sourceDocuments.nodes",
            [C("fileName", "文件", "File"), Year, C("reportKind", "类型", "Kind"), Unit, C("lineCount", "行数", "Lines", Number),
             C("figureCount", "提取数字", "Figures", Number), C("missingSections", "缺少部分", "Missing sections"), C("provenance", "来源", "Provenance"), C("sha256", "SHA-256", "SHA-256")],
            Export: new RecipeExport("sourceDocuments", Order: """[{"year":"DESC"},{"fileName":"ASC"}]""")),
    ];

    public static CookbookRecipe? Find(string id) => All.FirstOrDefault(r => r.Id == id);
}
