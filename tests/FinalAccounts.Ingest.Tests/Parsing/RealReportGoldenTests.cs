using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using FinalAccounts.Data.Entities;
using FinalAccounts.Ingest.Model;
using FinalAccounts.Ingest.Parsing;
using static FinalAccounts.Data.Entities.Metric;

namespace FinalAccounts.Ingest.Tests.Parsing;

/// <summary>Every figure, category, project and indicator of the real report comes out exactly as published.</summary>
public sealed class RealReportGoldenTests
{
    private static readonly Report Report = ReportParser.Parse(RealReport.FileName, RealReport.Bytes);

    private sealed record Expected(
        Metric Metric, decimal Amount, int Line,
        decimal? Change = null, decimal? ChangePercent = null,
        decimal? BudgetChange = null, decimal? BudgetChangePercent = null,
        decimal? Share = null);

    private static readonly Expected[] Figures =
    [
        new(IncomeTotal, 6954.99m, 67, 6151.49m, 765.6m),
        new(ExpenditureTotal, 6954.99m, 67, 6151.49m, 765.6m),
        new(IncomeSubtotal, 6950.72m, 71, 6147.22m, 765.1m),
        new(FiscalAppropriationIncome, 6950.72m, 71, Share: 100m),
        new(CarryoverIn, 4.27m, 71),
        new(ExpenditureSubtotal, 6954.99m, 73, 6151.49m, 765.6m),
        new(BasicExpenditure, 443.88m, 73, Share: 6.4m),
        new(ProjectExpenditure, 6511.11m, 73, Share: 93.6m),
        new(CarryoverOut, 0.00m, 75, 0.00m, 0m),
        new(FiscalAppropriationTotal, 6954.99m, 79, 6151.49m, 765.6m),
        new(GeneralBudgetIncome, 871.82m, 83, 68.32m, 8.5m, 137.95m, 19.4m),
        new(GeneralBudgetCarryoverIn, 4.27m, 83, 4.27m, 100m),
        new(GeneralBudgetExpenditure, 876.09m, 85, 72.59m, 9.0m, 142.23m, 19.4m),
        new(GeneralBudgetCarryoverOut, 0.00m, 87, 0.00m, 0m),
        new(GeneralBudgetBasicExpenditure, 443.88m, 103),
        new(PersonnelExpenses, 373.22m, 103, 47.10m, 14.4m),
        new(OperatingExpenses, 70.66m, 103, 9.60m, 15.7m),
        new(GovernmentFundIncome, 6078.90m, 107),
        new(GovernmentFundExpenditure, 6078.90m, 107, 6078.90m, 100m),
        new(StateCapitalExpenditure, 0m, 113),
        new(ThreePublicTotal, 0.00m, 117, 0.00m, 0m, 0.00m, 0m),
        new(TrainingFees, 1.18m, 123, 0.21m, 21.6m),
        new(ProcurementTotal, 1033.20m, 129),
        new(ProcurementGoods, 0m, 129),
        new(ProcurementWorks, 0m, 129),
        new(ProcurementServices, 1033.20m, 129),
        new(ProcurementSme, 1033.20m, 129, Share: 100m),
        new(ProcurementSmallMicro, 0m, 129, Share: 0m),
        new(SelfEvaluatedFunds, 6511.11m, 135),
        new(ThirdPartyEvaluatedFunds, 0m, 135),
    ];

    public static TheoryData<Metric> FigureMetrics => [.. Figures.Select(f => f.Metric)];

    [Fact]
    public void It_states_exactly_the_expected_figures()
    {
        Report.Figures.Keys.Order().ShouldBe(Figures.Select(f => f.Metric).Order());
    }

    [Theory]
    [MemberData(nameof(FigureMetrics))]
    public void Every_figure_is_read_as_published(Metric metric)
    {
        var expected = Figures.Single(f => f.Metric == metric);
        var figure = Report.Figures[metric];

        new Expected(metric, figure.Amount!.Value, figure.Line, figure.ChangeAmount, figure.ChangePercent,
                figure.BudgetChangeAmount, figure.BudgetChangePercent, figure.SharePercent)
            .ShouldBe(expected);
    }

    [Fact]
    public void Changes_point_at_the_lines_that_state_them()
    {
        Report[IncomeTotal]!.ChangeLine.ShouldBe(67);
        Report[GeneralBudgetIncome]!.ChangeLine.ShouldBe(83);
        Report[GeneralBudgetIncome]!.BudgetChangeLine.ShouldBe(83);
        Report[GeneralBudgetExpenditure]!.BudgetChangeLine.ShouldBe(85);
        Report[GovernmentFundExpenditure]!.ChangeLine.ShouldBe(107);
        Report[ThreePublicTotal]!.BudgetChangeLine.ShouldBe(117);
    }

    [Fact]
    public void Amounts_keep_the_precision_they_are_written_with()
    {
        Report.Amount(IncomeTotal).ToString().ShouldBe("6954.99");
        Report.Amount(CarryoverOut).ToString().ShouldBe("0.00");
        Report[GeneralBudgetExpenditure]!.ChangePercent.ToString().ShouldBe("9.0");
        Report[GovernmentFundExpenditure]!.ChangePercent.ToString().ShouldBe("100");
    }

    [Fact]
    public void Reasons_run_to_the_end_of_their_sentence_and_amounts_inside_them_are_no_figures()
    {
        const string bonds = "2021年增加了抗疫特别国债(面向重大公共卫生突发事件的智慧医疗一期项目建设(智慧万州子项目))6078.9万元";
        Report[IncomeTotal]!.Reason.ShouldBe(bonds);
        Report[ExpenditureTotal]!.Reason.ShouldBe(bonds);
        Report[IncomeSubtotal]!.Reason.ShouldBe(bonds);
        Report[FiscalAppropriationTotal]!.Reason.ShouldBe(bonds);
        Report[GeneralBudgetIncome]!.Reason.ShouldBe("2021年向社会公开招录1人及追加2020年政务网络使用费");
        Report[GeneralBudgetExpenditure]!.Reason.ShouldBe("2021年向社会公开招录1人及追加2020年政务网络使用费");
        Report[GeneralBudgetCarryoverIn]!.Reason.ShouldBe("根据万州财预发〔2021〕57号文件,调整机关事业单位职业年金缴费支出");
        Report[PersonnelExpenses]!.Reason.ShouldBe("2021年向社会公开招录1人以及调整机关事业单位职业年金缴费支出年初结转结余");
        Report[OperatingExpenses]!.Reason.ShouldBe("2021年向社会公开招录1人");
        Report[TrainingFees]!.Reason.ShouldBe("单位技术职称职工继续教育培训等");
        Report[CarryoverIn]!.Reason.ShouldBeNull();
    }

    [Fact]
    public void Every_category_is_read_with_its_share_and_change_against_the_initial_budget()
    {
        Report.Categories.Select(c => (c.Ordinal, c.StatedName, c.BudgetSource, c.Amount, c.SharePercent, c.BudgetChangeAmount, c.BudgetChangePercent, c.Line))
            .ShouldBe(
            [
                (1, "一般公共服务支出", BudgetSource.GeneralPublicBudget, 774.33m, 88.4m, 115.05m, 17.5m, 91),
                (2, "社会保障与就业支出", BudgetSource.GeneralPublicBudget, 63.80m, 7.3m, 27.17m, 74.2m, 95),
                (3, "卫生健康支出", BudgetSource.GeneralPublicBudget, 19.87m, 2.3m, 0.00m, 0m, 97),
                (4, "住房保障支出", BudgetSource.GeneralPublicBudget, 18.09m, 2.1m, 0.00m, 0m, 99),
            ]);
        Report.Categories[0].Reason.ShouldBe("2021年向社会公开招录1人、追加区本级2020年目标绩效奖(事业部分超额绩效)结算资金预算及追加2020年政务网络使用费");
        Report.Categories[1].Reason.ShouldBe("根据万州财预发〔2021〕5号下达健康休养费资金预算");
        Report.Categories[2].Reason.ShouldBeNull();
    }

    [Fact]
    public void The_unit_profile_is_read_from_the_title_and_section_one()
    {
        Report.Title.ShouldBe("重庆市万州区党政信息中心2021年度单位决算情况说明");
        Report.Year.ShouldBe(2021);
        Report.Kind.ShouldBe(ReportKind.Unit);
        Report.LineCount.ShouldBe(258);

        var unit = Report.Unit;
        (unit.Name, unit.Region, unit.SupervisingDepartment, unit.Kind, unit.FundingType, unit.WelfareClass, unit.BudgetLevel, unit.SubordinateUnits, unit.Line)
            .ShouldBe(("重庆市万州区党政信息中心", "重庆市万州区", "重庆市万州区大数据应用发展管理局", "事业单位", "全额拨款", "公益一类", "二级预算单位", "无", 7));
        unit.Purpose.ShouldBe("为全区政务信息化建设提供服务保障");
    }

    [Fact]
    public void The_eight_duties_are_read_with_a_duty_cut_over_two_lines_joined()
    {
        var duties = Report.Unit.Duties;
        duties.Select(d => (d.Ordinal, d.Line)).ShouldBe([(1, 11), (2, 13), (3, 15), (4, 17), (5, 19), (6, 21), (7, 23), (8, 27)]);
        duties[0].Text.ShouldBe("贯彻执行有关政务信息化和电子政务建设的法律、法规和方针政策,为全区党委、政府信息化建设提供服务保障。");
        duties[6].Text.ShouldBe("协助做好数字政府、智慧万州等重要信息化项目建设和应用推广工作,对相关智慧应用场景建设提供技术服务。");
        duties[7].Text.ShouldBe("完成区委、区政府和区大数据发展局交办的其他任务。");
    }

    [Fact]
    public void The_six_divisions_are_read_with_their_duties()
    {
        var divisions = Report.Unit.Divisions;
        divisions.Select(d => (d.Ordinal, d.Name, d.Line)).ShouldBe(
        [
            (1, "办公室", 33), (2, "外网管理科", 37), (3, "内网建设科", 41),
            (4, "大数据发展科", 45), (5, "应用开发科", 51), (6, "信息与网站科", 55),
        ]);
        divisions[2].Duties.ShouldBe("承担区委办公室信息化系统及电子政务内网的建设、运行维护等工作。");
        divisions[3].Duties!.ShouldContain("开发、交易等相关工作。承担“智慧万州”");
        divisions.ShouldAllBe(d => d.Duties != null && d.Duties.EndsWith("。"));
    }

    [Fact]
    public void The_public_contact_line_is_read_from_section_seven()
    {
        Report.Unit.ContactPhone.ShouldBe("023-58258372");
    }

    [Fact]
    public void Three_public_expenses_counts_are_all_zero()
    {
        (Report.OverseasTripGroups, Report.OverseasTripPersons, Report.VehiclesPurchased, Report.VehiclesHeld, Report.ReceptionBatches, Report.ReceptionPersons)
            .ShouldBe((0, 0, 0, 0, 0, 0));
        Report.ThreePublicLine.ShouldBe(119);
        Report[VehiclePurchase].ShouldBeNull();
        Report[OfficialReception].ShouldBeNull();
    }

    [Fact]
    public void Other_matters_are_read_and_organ_operating_expenses_are_out_of_scope_not_zero()
    {
        Report.OrganOperatingInScope.ShouldBe(false);
        Report[OrganOperatingExpenses].ShouldBeNull();
        (Report.VehiclesTotal, Report.GeneralEquipmentCount, Report.SpecialEquipmentCount).ShouldBe((0, 0, 0));
        (Report.ProcurementSmeSharePercent, Report.ProcurementSmallMicroSharePercent, Report.ProcurementLine).ShouldBe((100m, 0m, 129));
        Report.ProcurementPurpose.ShouldBe("采购抗疫特别国债(面向重大公共卫生突发事件的智慧医疗一期项目建设(智慧万州子项目))及重庆市万州区互联网安全接入改造升级服务");
    }

    [Fact]
    public void Performance_counts_and_conclusion_are_read()
    {
        (Report.SelfEvaluatedProjects, Report.ThirdPartyEvaluations).ShouldBe((14, 0));
        Report.PerformanceConclusion.ShouldBe("通过绩效自评,所有项目都完成了年度绩效目标。");
    }

    [Fact]
    public void The_three_project_tables_are_read_with_their_funds()
    {
        Report.Projects.Select(p => (p.Ordinal, p.Name, p.Kind, p.TotalScore, p.SupervisingDepartment, p.FinanceOffice, p.Line)).ShouldBe(
        [
            (1, "面向重大公共卫生突发事件的智慧医疗一期项目建设(智慧万州子项目)", ProjectKind.KeySpecial, 100.00m, "重庆市万州区大数据应用发展管理局", "产业发展科", 143),
            (2, "电子政务外网维护费", ProjectKind.General, 100m, "重庆市万州区大数据应用发展管理局", "产业发展科", 166),
            (3, "政府信息平台运行经费", ProjectKind.General, 100m, "重庆市万州区大数据应用发展管理局", "产业发展科", 188),
        ]);

        Report.Projects.Select(p => (p.InitialBudget, p.AdjustedBudget, p.Executed, p.ExecutionRate, p.ExecutionWeight, p.ExecutionScore)).ShouldBe(
        [
            (null, 6078.90m, 6078.90m, 100m, 100m, 100m),
            // Seven numbers for six columns (column drift): the budgets come first, rate, weight and score last.
            (10m, 10m, 10m, 100m, 100m, 100m),
            (15m, 15m, 15m, 100m, 100m, 100m),
        ]);

        Report.Projects.Select(p => (p.HigherLevelInitialBudget, p.HigherLevelAdjustedBudget, p.HigherLevelExecuted, p.DistrictInitialBudget, p.DistrictAdjustedBudget, p.DistrictExecuted))
            .ShouldBe(
            [
                (null, 6078.90m, 6078.90m, null, null, null),
                (null, null, null, 10m, 10m, 10m),
                (null, null, null, 15m, 15m, 15m),
            ]);
    }

    [Fact]
    public void Goals_broken_over_a_page_are_joined_without_the_repeated_piece()
    {
        var first = Report.Projects[0];
        first.InitialGoal.ShouldStartWith("以“统一标准规范、信息互联互通”为主要目标,");
        first.InitialGoal.ShouldContain("部署弹性分配的服务器、存储等资源,同时保障信息安全");
        first.InitialGoal.ShouldEndWith("显著提升医疗卫生服务水平和重大公共卫生突发事件应急处理能力。");
        first.AdjustedGoal.ShouldBe(first.InitialGoal);
        first.AchievedGoal.ShouldBe("建成云数据中心、信息安全保障体系,满足相关应用数据储存及数据安全需求。基本完成智慧医疗、公共卫生综合运行管理指挥调度系统建设,通过建设并试用全民健康信息平台、疫情防控管理平台,助力我区疫情防控信息化及医疗卫生服务水平。");

        var second = Report.Projects[1];
        (second.InitialGoal, second.AdjustedGoal, second.AchievedGoal)
            .ShouldBe(("保障电子政务外网稳定运行", "保障电子政务外网稳定运行", "全年电子政务外网运行稳定,无重大故障发生。"));
        var third = Report.Projects[2];
        (third.InitialGoal, third.AdjustedGoal, third.AchievedGoal)
            .ShouldBe(("保障政府信息平台正常运转", "保障政府信息平台正常运转", "全年政府信息平台正常运转,无重大故障发生。"));
    }

    [Fact]
    public void Every_indicator_is_read_with_rows_broken_across_pages_joined()
    {
        const IndicatorOperator AtLeast = IndicatorOperator.AtLeast, AtMost = IndicatorOperator.AtMost;
        Report.Projects.Select(p => p.Indicators.Select(Row).ToList()).ShouldBe(
        [
            [
                (1, "预计使用率", "%", AtLeast, 95m, 90m, 92m, 20m, 20m, 20m, true, 156),
                (2, "当年建设任务完成率", "%", AtLeast, 100m, null, 100m, 30m, 30m, 30m, true, 157),
                (3, "硬件配置完成率", "%", AtLeast, 100m, null, 100m, 30m, 30m, 30m, true, 160),
                (4, "服务对象满意度", "%", AtLeast, 95m, 90m, 91m, 20m, 20m, 20m, true, 161),
            ],
            [
                (1, "年稳定运行", "天", AtLeast, 360m, null, 365m, 30m, 40m, 40m, true, 178),
                (2, "年均维护成本增长率", "%", AtMost, 10m, null, 0m, 20m, 20m, 20m, false, 179),
                (3, "系统运行维护响应时间", "小时", AtMost, 24m, null, 0m, 20m, 20m, 20m, false, 180),
                (4, "用户满意度", "%", AtLeast, 95m, null, 100m, 20m, 20m, 20m, false, 181),
            ],
            [
                // No leading tab, operators written as \geq and \leq.
                (1, "年稳定运行", "天", AtLeast, 360m, null, 365m, 20m, 20m, 20m, true, 199),
                (2, "数据更新频率", "小时", AtMost, 24m, null, 0m, 20m, 20m, 20m, false, 200),
                (3, "服务对象满意度", "%", AtLeast, 90m, null, 0m, 20m, 20m, 20m, false, 201),
                (4, "系统运行维护响应时间", "小时", AtMost, 24m, null, 0m, 20m, 115m, 20m, false, 202),
                (5, "年均维护成本增长率", "%", AtMost, 10m, null, 0m, 20m, 15m, 20m, false, 203),
            ],
        ]);
        Report.Projects.SelectMany(p => p.Indicators).ShouldAllBe(i => i.ValueText == null);
    }

    [Fact]
    public void Nothing_is_missing_and_nothing_is_unreadable()
    {
        Report.MissingSections.ShouldBeEmpty();
        Report.Warnings.ShouldBeEmpty();
        Report.Sha256.ShouldBe("46d718f942e9150e5bc0884ee1cec80e55d0463b6d1b6b2d0f25b3d7bf58c3cc");
        Report.FileName.ShouldBe(RealReport.FileName);
    }

    [Fact]
    public void No_contact_person_or_phone_appears_anywhere_in_the_report()
    {
        var json = JsonSerializer.Serialize(Report, new JsonSerializerOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) });

        json.ShouldContain("重庆市万州区党政信息中心"); // the serialised text is readable, so the checks below can fail
        json.ShouldContain("023-58258372");
        foreach (var secret in new[] { "邹方夏", "吴思桦", "张跃", "58589828", "15823788989", "18223911877" })
            json.ShouldNotContain(secret);
    }

    private static (int, string, string?, IndicatorOperator, decimal?, decimal?, decimal?, decimal?, decimal?, decimal?, bool?, int) Row(IndicatorRow i) =>
        (i.Ordinal, i.Name, i.MeasureUnit, i.Operator, i.InitialTarget, i.AdjustedTarget, i.ActualValue, i.ScoreCoefficient, i.Weight, i.Score, i.IsCore, i.Line);
}
