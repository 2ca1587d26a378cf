using System.Globalization;
using Bogus;
using FinalAccounts.Data.Entities;
using FinalAccounts.Ingest.Model;
using FinalAccounts.Synthetic.Generation;

namespace FinalAccounts.Synthetic.Rendering;

/// <summary>
/// Writes a <see cref="Report"/> as the text of a 决算情况说明, in the template of the real report in
/// data/reports (same headings, sentences and tables), with the quirks of real reports at the rates
/// of <see cref="RenderQuirks"/>. Every figure the report states is written where the template puts
/// it, so reading the text back must give the same figures. Deterministic for a given seed.
/// </summary>
public sealed class ReportRenderer(RenderQuirks quirks)
{
    public RenderQuirks Quirks { get; } = quirks;

    public RenderedReport Render(Report report, int seed)
    {
        var random = new Randomizer(seed);
        var text = new ReportText(Quirks, random);
        var omitted = Enum.GetValues<ReportSection>().Where(_ => text.Chance(Quirks.MissingSections)).ToList();
        var traditional = text.Chance(Quirks.TraditionalCharacters);
        var combinedTotals = text.Chance(Quirks.CombinedTotals);
        var writer = new Writer(report, text, omitted, combinedTotals);
        writer.Write();
        return new RenderedReport(text.ToText(traditional), omitted, seed, Quirks);
    }

    /// <summary>One rendering: the report, the text being written and the decisions made for the whole report.</summary>
    private sealed class Writer(Report report, ReportText text, List<ReportSection> omitted, bool combinedTotals)
    {
        private readonly int year = report.Year ?? throw new ArgumentException("A report needs a year to be rendered.", nameof(report));
        private string Y(ReportText t) => t.Count(year);
        private bool Has(ReportSection section) => !omitted.Contains(section);

        public void Write()
        {
            text.Row("");
            text.Heading(report.Title ?? $"{report.Unit.Name} {year}年度单位决算情况说明");
            var top = 0;
            UnitSection(Numbered(++top));
            AccountsSection(Numbered(++top));
            if (Has(ReportSection.ThreePublic)) ThreePublicSection(Numbered(++top));
            OtherMattersSection(Numbered(++top));
            if (Has(ReportSection.Performance)) PerformanceSection(Numbered(++top));
            if (Has(ReportSection.Glossary)) GlossarySection(Numbered(++top));
            text.Heading($"{Numbered(++top)}决算公开联系方式");
            text.Paragraph(_ => $"本单位决算公开信息反馈和联系方式：{report.Unit.ContactPhone}");
        }

        private static string Numbered(int n) => ChineseNumerals.Of(n) + "、";

        private static string Sub(int n) => $"（{ChineseNumerals.Of(n)}）";

        // 一、单位基本情况
        private void UnitSection(string number)
        {
            var unit = report.Unit;
            text.Heading(number + "单位基本情况");
            var kind = unit.FundingType is null ? unit.Kind : unit.FundingType + unit.Kind;
            var welfare = unit.WelfareClass is null ? "" : $"，类别划分为{unit.WelfareClass}";
            text.Paragraph(_ => $"{unit.Name}为{unit.SupervisingDepartment}管理的{kind}{welfare}。宗旨是{unit.Purpose}。");
            text.Heading(Sub(1) + "主要职责");
            foreach (var duty in unit.Duties) text.Paragraph(_ => $"{duty.Ordinal}.{duty.Text}");
            text.Heading(Sub(2) + "内设机构");
            text.Paragraph(t => $"{unit.Name}设{t.Count(unit.Divisions.Count)}个内设机构。");
            foreach (var division in unit.Divisions)
            {
                text.Heading($"{division.Ordinal}.{division.Name}");
                if (division.Duties is { } duties) text.Paragraph(_ => duties);
            }
            text.Heading(Sub(3) + "单位构成");
            text.Paragraph(_ => $"从预算单位构成看，本单位属{unit.BudgetLevel}，主管部门是{unit.SupervisingDepartment}，{(unit.SubordinateUnits is null or "无" ? "无下级预算单位" : "下级预算单位有" + unit.SubordinateUnits)}。");
        }

        // 二、决算情况说明
        private void AccountsSection(string number)
        {
            text.Heading(number + "部门决算情况说明");
            var sub = 0;
            text.Heading(Sub(++sub) + "收入支出决算总体情况说明");
            Totals();
            Income();
            Expenditure();
            var carryOut = F(Metric.CarryoverOut);
            text.Paragraph(t => $"4.结转结余情况。{Y(t)}年度年末结转和结余{t.Amount(carryOut.Amount!.Value)}万元，{Change(t, carryOut)}{Reason(carryOut)}。");

            text.Heading(Sub(++sub) + "财政拨款收入支出决算总体情况说明");
            var fiscal = F(Metric.FiscalAppropriationTotal);
            text.Paragraph(t => $"{Y(t)}年度财政拨款收、支总计{t.Amount(fiscal.Amount!.Value)}万元。与{t.Count(year - 1)}年相比，财政拨款收、支总计各{Change(t, fiscal, "")}。{(fiscal.Reason is null ? "" : $"主要原因是{fiscal.Reason}。")}");

            text.Heading(Sub(++sub) + "一般公共预算财政拨款支出决算情况说明");
            GeneralBudget();

            text.Heading(Sub(++sub) + "一般公共预算财政拨款基本支出决算情况说明");
            var basic = F(Metric.GeneralBudgetBasicExpenditure);
            var personnel = F(Metric.PersonnelExpenses);
            var operating = F(Metric.OperatingExpenses);
            text.Paragraph(t =>
                $"{Y(t)}年度一般公共预算财政拨款基本支出{t.Amount(basic.Amount!.Value)}万元。其中：人员经费{t.Amount(personnel.Amount!.Value)}万元，{Change(t, personnel)}{Reason(personnel)}。" +
                $"人员经费用途主要包括基本工资、绩效工资、社会保障缴费和就业支出等。公用经费{t.Amount(operating.Amount!.Value)}万元，{Change(t, operating)}{Reason(operating)}。" +
                "公用经费用途主要包括办公费、印刷费、水电费差旅费等。");

            if (Has(ReportSection.GovernmentFund))
            {
                text.Heading(Sub(++sub) + "政府性基金预算收支决算情况说明");
                var income = F(Metric.GovernmentFundIncome);
                var spent = F(Metric.GovernmentFundExpenditure);
                // Reports without a fund say so in one of two ways; both state a zero income and a zero expenditure.
                if (spent.ChangeAmount is null)
                    text.Paragraph(t => t.Chance(0.5)
                        ? $"本单位{Y(t)}年度无政府性基金预算财政拨款收支。"
                        : $"本单位{Y(t)}年度无政府性基金预算财政拨款收入，也无使用政府性基金预算财政拨款安排的支出。");
                else
                    text.Paragraph(t => $"政府性基金预算财政拨款收入总计{t.Amount(income.Amount!.Value)}万元，支出{t.Amount(spent.Amount!.Value)}万元，{Change(t, spent)}{Reason(spent)}。");
            }
            if (Has(ReportSection.StateCapital))
            {
                text.Heading(Sub(++sub) + "国有资本经营预算财政拨款支出决算情况说明");
                var capital = F(Metric.StateCapitalExpenditure);
                if (capital.ChangeAmount is null)
                    text.Paragraph(t => $"本单位{Y(t)}年度无国有资本经营预算财政拨款支出。");
                else
                    text.Paragraph(t => $"{Y(t)}年度国有资本经营预算财政拨款支出{t.Amount(capital.Amount!.Value)}万元，{Change(t, capital)}{Reason(capital)}。");
            }
        }

        private void Totals()
        {
            var income = F(Metric.IncomeTotal);
            var spent = F(Metric.ExpenditureTotal);
            if (combinedTotals && income.Amount == spent.Amount)
                text.Paragraph(t => $"1.总体情况。{Y(t)}年度收、支总计均为{t.Amount(income.Amount!.Value)}万元。收、支与上年度相比，{Change(t, income, "")}{Reason(income)}。");
            else
                text.Paragraph(t => $"1.总体情况。{Y(t)}年度收入总计{t.Amount(income.Amount!.Value)}万元，支出总计{t.Amount(spent.Amount!.Value)}万元。收支{Change(t, income).Replace("万元，", "万元、")}{Reason(income)}。");
        }

        private void Income()
        {
            var subtotal = F(Metric.IncomeSubtotal);
            var carryIn = F(Metric.CarryoverIn);
            var sources = new (Metric Metric, string Label)[]
            {
                (Metric.FiscalAppropriationIncome, "财政拨款收入"), (Metric.ServiceIncome, "事业收入"),
                (Metric.BusinessIncome, "经营收入"), (Metric.OtherIncome, "其他收入"),
            };
            text.Paragraph(t =>
            {
                var parts = sources.Where(s => report[s.Metric] is not null)
                    .Select(s => $"{s.Label}{t.Amount(report[s.Metric]!.Amount!.Value)}万元，占{t.Percent(report[s.Metric]!.SharePercent!.Value)}");
                return $"2.收入情况。{Y(t)}年度收入合计{t.Amount(subtotal.Amount!.Value)}万元，{Change(t, subtotal)}{Reason(subtotal)}。" +
                       $"其中：{string.Join("；", parts)}。此外，年初结转结余{t.Amount(carryIn.Amount!.Value)}万元。";
            });
        }

        private void Expenditure()
        {
            var subtotal = F(Metric.ExpenditureSubtotal);
            var basic = F(Metric.BasicExpenditure);
            var project = F(Metric.ProjectExpenditure);
            text.Paragraph(t =>
                $"3.支出情况。{Y(t)}年度支出合计{t.Amount(subtotal.Amount!.Value)}万元，{Change(t, subtotal)}{Reason(subtotal)}。" +
                $"其中：基本支出{t.Amount(basic.Amount!.Value)}万元，占{t.Percent(basic.SharePercent!.Value)}；项目支出{t.Amount(project.Amount!.Value)}万元，占{t.Percent(project.SharePercent!.Value)}。");
        }

        private void GeneralBudget()
        {
            var income = F(Metric.GeneralBudgetIncome);
            var carryIn = F(Metric.GeneralBudgetCarryoverIn);
            var spent = F(Metric.GeneralBudgetExpenditure);
            var carryOut = F(Metric.GeneralBudgetCarryoverOut);
            text.Paragraph(t =>
                $"1.收入情况。{Y(t)}年度一般公共预算财政拨款收入{t.Amount(income.Amount!.Value)}万元，{Change(t, income)}{Reason(income)}。" +
                $"{BudgetChange(t, income, "较年初预算")}{Reason(income, budget: true)}。" +
                $"此外，年初结转结余{t.Amount(carryIn.Amount!.Value)}万元，{Change(t, carryIn, "较上年")}{Reason(carryIn)}。");
            text.Paragraph(t =>
                $"2.支出情况。{Y(t)}年度一般公共预算财政拨款支出{t.Amount(spent.Amount!.Value)}万元，{Change(t, spent)}。{ReasonSentence(spent)}" +
                $"{BudgetChange(t, spent, "较年初预算数")}。{ReasonSentence(spent, budget: true)}");
            text.Paragraph(t => $"3.结转结余情况。{Y(t)}年度年末一般公共预算财政拨款结转和结余{t.Amount(carryOut.Amount!.Value)}万元，{Change(t, carryOut)}。");
            text.Paragraph(t => $"4.比较情况。本部门{Y(t)}年度一般公共预算财政拨款支出主要用于以下几个方面：");
            foreach (var category in report.Categories.Where(c => c.BudgetSource == BudgetSource.GeneralPublicBudget))
            {
                text.Paragraph(t =>
                {
                    var change = ChangeWords(t, category.BudgetChangeAmount!.Value, category.BudgetChangePercent!.Value, "较年初预算数");
                    var reason = category.Reason is null || category.BudgetChangeAmount == 0 ? "" : $"，主要原因是{category.Reason}";
                    return $"（{category.Ordinal}）{category.StatedName}{t.Amount(category.Amount!.Value)}万元，占{t.Percent(category.SharePercent!.Value)}，{change}{reason}。";
                });
            }
        }

        // 三、“三公”经费
        private void ThreePublicSection(string number)
        {
            var total = F(Metric.ThreePublicTotal);
            text.Heading(number + "“三公”经费情况说明");
            text.Paragraph(t =>
                $"（一）“三公”经费支出情况。{Y(t)}年度“三公”经费支出共计{t.Amount(total.Amount!.Value)}万元，{BudgetChange(t, total, "较年初预算数")}。" +
                $"{Change(t, total, "较上年支出数")}。其中：因公出国（境）费{t.Amount(F(Metric.OverseasTrips).Amount!.Value)}万元，" +
                $"公务用车购置费{t.Amount(F(Metric.VehiclePurchase).Amount!.Value)}万元，公务用车运行维护费{t.Amount(F(Metric.VehicleOperation).Amount!.Value)}万元，" +
                $"公务接待费{t.Amount(F(Metric.OfficialReception).Amount!.Value)}万元。");
            var reception = F(Metric.OfficialReception).Amount!.Value;
            var persons = report.ReceptionPersons ?? 0;
            var perPerson = persons == 0 ? 0m : Money.Round2(reception * 10000m / persons);
            var perVehiclePurchase = report.VehiclesPurchased is > 0 ? Money.Round2(F(Metric.VehiclePurchase).Amount!.Value / report.VehiclesPurchased.Value) : 0.00m;
            var perVehicle = report.VehiclesHeld is > 0 ? Money.Round2(F(Metric.VehicleOperation).Amount!.Value / report.VehiclesHeld.Value) : 0.00m;
            text.Paragraph(t =>
                $"（二）“三公”经费实物量情况。{Y(t)}年度本部门因公出国（境）共计{t.Count(report.OverseasTripGroups ?? 0)}个团组{t.Count(report.OverseasTripPersons ?? 0)}人；" +
                $"公务用车购置{t.Count(report.VehiclesPurchased ?? 0)}辆，公务车保有量为{t.Count(report.VehiclesHeld ?? 0)}辆；" +
                $"国内公务接待{t.Count(report.ReceptionBatches ?? 0)}批次{t.Count(persons)}人，其中：国内外事接待{t.Count(0)}批次{t.Count(0)}人；国（境）外公务接待{t.Count(0)}批次{t.Count(0)}人。" +
                $"{Y(t)}年本部门人均接待费{Plain(t, perPerson)}元，车均购置费{Plain(t, perVehiclePurchase)}万元，车均维护费{Plain(t, perVehicle)}万元。");
        }

        // 四、其他需要说明的事项
        private void OtherMattersSection(string number)
        {
            text.Heading(number + "其他需要说明的事项");
            var sub = 0;
            if (Has(ReportSection.MeetingAndTraining))
            {
                var training = F(Metric.TrainingFees);
                var meeting = report[Metric.MeetingFees];
                text.Paragraph(t =>
                {
                    var meetingClause = meeting is null ? "" : $"会议费支出{t.Amount(meeting.Amount!.Value)}万元，{Change(t, meeting)}{Reason(meeting)}；";
                    return $"{Sub(++sub)}一般公共预算财政拨款会议和培训费情况说明。本年度{meetingClause}培训费支出{t.Amount(training.Amount!.Value)}万元，{Change(t, training)}{Reason(training)}。";
                });
            }
            if (Has(ReportSection.OrganOperating))
            {
                var organ = report[Metric.OrganOperatingExpenses];
                text.Paragraph(t => organ is null
                    ? $"{Sub(++sub)}机关运行经费情况说明。按照部门决算列报口径，我单位不在机关运行经费统计范围之内。"
                    : $"{Sub(++sub)}机关运行经费情况说明。本年度机关运行经费支出{t.Amount(organ.Amount!.Value)}万元，{Change(t, organ)}{Reason(organ)}。");
            }
            if (Has(ReportSection.AssetHoldings))
            {
                var vehicles = report.VehiclesTotal ?? 0;
                var leaders = Math.Min(1, vehicles);
                text.Paragraph(t =>
                    $"{Sub(++sub)}国有资产占用情况说明。截至{Y(t)}年12月31日，本单位共有车辆{t.Count(vehicles)}辆。其中：副部（省）级及以上领导用车{t.Count(0)}辆，" +
                    $"主要领导干部用车{t.Count(leaders)}辆，机要通信用车{t.Count(0)}辆，应急保障用车{t.Count(0)}辆，执法执勤用车{t.Count(0)}辆，特种专业技术用车{t.Count(0)}辆，" +
                    $"离退休干部用车{t.Count(0)}辆，其他用车{t.Count(vehicles - leaders)}辆。单价50万元（含）以上通用设备{t.Count(report.GeneralEquipmentCount ?? 0)}台（套），" +
                    $"单价100万元（含）以上专用设备{t.Count(report.SpecialEquipmentCount ?? 0)}台（套）。");
            }
            if (Has(ReportSection.Procurement))
            {
                text.Paragraph(t =>
                    $"{Sub(++sub)}政府采购支出情况说明。{Y(t)}年度本单位政府采购支出总额{t.Amount(F(Metric.ProcurementTotal).Amount!.Value)}万元，" +
                    $"其中：政府采购货物支出{t.Amount(F(Metric.ProcurementGoods).Amount!.Value)}万元、政府采购工程支出{t.Amount(F(Metric.ProcurementWorks).Amount!.Value)}万元、" +
                    $"政府采购服务支出{t.Amount(F(Metric.ProcurementServices).Amount!.Value)}万元。授予中小企业合同金额{t.Amount(F(Metric.ProcurementSme).Amount!.Value)}万元，" +
                    $"占政府采购支出总额的{t.Percent(report.ProcurementSmeSharePercent!.Value)}，其中：授予小微企业合同金额{t.Amount(F(Metric.ProcurementSmallMicro).Amount!.Value)}万元，" +
                    $"占政府采购支出总额的{t.Percent(report.ProcurementSmallMicroSharePercent!.Value)}。主要用于{report.ProcurementPurpose}。");
            }
        }

        // 五、预算绩效管理情况说明
        private void PerformanceSection(string number)
        {
            text.Heading(number + "预算绩效管理情况说明");
            text.Heading(Sub(1) + "预算绩效管理工作开展情况");
            var count = report.SelfEvaluatedProjects ?? 0;
            text.Paragraph(t =>
                $"根据预算绩效管理要求，我单位对{t.Count(count)}个项目开展了绩效自评，其中，以填报绩效自评表形式开展自评{t.Count(count)}项，" +
                $"涉及资金{t.Amount(F(Metric.SelfEvaluatedFunds).Amount!.Value)}万元；以委托第三方出具报告的方式开展绩效评价{t.Count(report.ThirdPartyEvaluations ?? 0)}项，" +
                $"涉及资金{t.Amount(F(Metric.ThirdPartyEvaluatedFunds).Amount!.Value)}万元。");
            text.Heading(Sub(2) + "绩效自评结果");
            text.Heading("1.绩效目标自评表");
            foreach (var project in report.Projects) ProjectTable(project);
            text.Heading("2.绩效自评报告或案例");
            text.Paragraph(_ => "本单位没有委托第三方开展绩效自评。");
            text.Heading("3.关于绩效自评结果的说明");
            text.Paragraph(_ => report.PerformanceConclusion ?? "通过绩效自评，所有项目都完成了年度绩效目标。");
            text.Heading(Sub(3) + "重点绩效评价结果");
            text.Paragraph(_ => report.Projects.FirstOrDefault()?.AchievedGoal ?? "无。");
        }

        private void ProjectTable(ProjectTable p)
        {
            text.Heading(p.Kind == ProjectKind.KeySpecial ? "重点专项项目绩效自评表" : "一般性项目绩效自评表");
            text.Blank();
            var broken = text.Chance(text.Quirks.BrokenHeaders);
            text.Row("项目名称", p.Name, "", "项目编码", "", "自评总分（分）", Cell(p.TotalScore), "");
            text.Row("主管部门", p.SupervisingDepartment, "财政科室", p.FinanceOffice, "项目联系人", "示例联系人", "联系电话", "000-00000000");
            if (broken)
            {
                text.Row("(万元) 项目资金", "年度总金额", "年初预算数", "全年(调整)预算", "全年执行数", "执行率(%)", "执行率权重", "执行率得分");
                text.Row("");
                text.Row("", "", "", "数", "", "", "", "(分)");
            }
            else text.Row("项目资金（万元）", "年度总金额", "年初预算数", "全年（调整）预算数", "全年执行数", "执行率（%）", "执行率权重", "执行率得分（分）");
            text.Row("", "", Cell(p.InitialBudget), Cell(p.AdjustedBudget), Cell(p.Executed), Cell(p.ExecutionRate), Cell(p.ExecutionWeight), Cell(p.ExecutionScore));
            text.Row("", "其中：上级资金", Cell(p.HigherLevelInitialBudget), Cell(p.HigherLevelAdjustedBudget), Cell(p.HigherLevelExecuted), "", "", "");
            text.Row("", "区级资金", Cell(p.DistrictInitialBudget), Cell(p.DistrictAdjustedBudget), Cell(p.DistrictExecuted), "", "", "");
            text.Row("当年绩效目标", "年初绩效目标", "", "全年（调整）绩效目标", "", "全年目标实际完成情况", "", "");
            text.Row("", p.InitialGoal, "", p.AdjustedGoal, "", p.AchievedGoal, "", "");
            var lead = new[] { "" };
            if (broken)
            {
                text.Row("绩效指标", "指标名称", "计量单位", "指标性质", "年初指标", "调整指标", "全年完成值", "得分系数", "指标权重", "指标得分(分)", "是否核心指标");
                text.Row("");
                text.Row("", "", "", "值", "值", "", "(%)", "(分)", "", "");
                lead = [];
            }
            else text.Row("绩效指标", "指标名称", "计量单位", "指标性质", "年初指标值", "调整指标值", "全年完成值", "得分系数(%)", "指标权重(分)", "指标得分(分)", "是否核心指标");
            foreach (var row in p.Indicators)
            {
                var values = new[]
                {
                    row.MeasureUnit, Operator(row.Operator), Cell(row.InitialTarget), row.AdjustedTarget is null ? "无" : Cell(row.AdjustedTarget),
                    Cell(row.ActualValue), Cell(row.ScoreCoefficient), Cell(row.Weight), Cell(row.Score), row.IsCore switch { true => "是", false => "否", null => "" },
                };
                if (row.Name.Length >= 4 && text.Chance(text.Quirks.BrokenRows))
                {
                    var at = Math.Min(row.Name.Length - 2, 2 + row.Name.Length / 4);
                    text.Row([.. lead, row.Name[..at], .. values]);
                    text.Row("");
                    text.Row([.. lead, row.Name[at..], .. values.Select(_ => "")]);
                }
                else text.Row([.. lead, row.Name, .. values]);
            }
            text.Row("说明", "", "", "", "", "", "", "", "", "", "");
        }

        private string Operator(IndicatorOperator op)
        {
            var latex = text.Chance(text.Quirks.LatexOperators);
            return op switch
            {
                IndicatorOperator.AtLeast => latex ? "\\geq" : "≥",
                IndicatorOperator.AtMost => latex ? "\\leq" : "≤",
                IndicatorOperator.Equal => "=",
                IndicatorOperator.Above => ">",
                IndicatorOperator.Below => "<",
                _ => "定性",
            };
        }

        // 六、专业名词解释
        private void GlossarySection(string number)
        {
            text.Heading(number + "专业名词解释");
            foreach (var (term, i) in GlossaryText.Terms.Select((t, i) => (t, i)))
                text.Paragraph(_ => $"（{ChineseNumerals.Of(i + 1)}）{term}");
        }

        private StatedFigure F(Metric metric) =>
            report[metric] ?? throw new ArgumentException($"The report states no {metric}; a synthetic report states every figure it renders.", nameof(report));

        private string Change(ReportText t, StatedFigure figure, string against = "较上年决算数") =>
            ChangeWords(t, figure.ChangeAmount ?? throw new ArgumentException("No change to render."), figure.ChangePercent!.Value, against);

        private string BudgetChange(ReportText t, StatedFigure figure, string against) =>
            ChangeWords(t, figure.BudgetChangeAmount ?? throw new ArgumentException("No budget change to render."), figure.BudgetChangePercent!.Value, against);

        /// <summary>"较上年决算数增加X万元，增长p%", "减少X万元，下降p%", or 持平 for no change.</summary>
        private static string ChangeWords(ReportText t, decimal amount, decimal percent, string against)
        {
            if (amount == 0 && percent == 0 && t.Chance(t.Quirks.FlatWording))
                return (against.Length == 0 ? "" : against.Replace("较", "与")) + "持平";
            var amountWord = amount < 0 ? "减少" : "增加";
            var percentWord = percent < 0 ? (t.Chance(t.Quirks.FallWording) ? t.Pick("减少", "降低") : "下降") : "增长";
            return $"{against}{amountWord}{t.Amount(Math.Abs(amount))}万元，{percentWord}{t.Percent(percent)}";
        }

        private static string Reason(StatedFigure figure, bool budget = false) =>
            figure.Reason is null || (budget ? figure.BudgetChangeAmount : figure.ChangeAmount) is null or 0 ? "" : $"，主要原因是{figure.Reason}";

        private static string ReasonSentence(StatedFigure figure, bool budget = false) =>
            Reason(figure, budget) is { Length: > 0 } reason ? reason[1..] + (budget ? "。" : "；") : "";

        private static string Plain(ReportText t, decimal value) => t.Figure(value.ToString("0.00", CultureInfo.InvariantCulture));

        private static string Cell(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
    }
}
