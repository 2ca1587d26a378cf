using FinalAccounts.Data.Entities;
using FinalAccounts.Ingest.Parsing;
using static FinalAccounts.Data.Entities.Metric;

namespace FinalAccounts.Ingest.Tests.Parsing;

/// <summary>One test per phrasing variant of the template that published reports use (domain.md, "Text quirks").</summary>
public sealed class PhrasingVariantTests
{
    [Fact]
    public void Totals_stated_one_after_the_other_share_the_change_of_the_next_sentence()
    {
        var report = SampleReport.Totals("1.总体情况。2023年度收入总计1,234.56万元，支出总计1,234.56万元。收支较上年决算数减少100.10万元、下降7.5%，主要原因是项目完工。");

        foreach (var metric in new[] { IncomeTotal, ExpenditureTotal })
        {
            var figure = report[metric]!;
            (figure.Amount, figure.ChangeAmount, figure.ChangePercent, figure.Reason, figure.Line).ShouldBe((1234.56m, -100.10m, -7.5m, "项目完工", 7));
        }
    }

    [Fact]
    public void Totals_stated_as_both_equal_take_the_change_of_the_sentence_that_names_them_again()
    {
        var report = SampleReport.Totals("2023年度收、支总计均为856.40万元。收、支与上年度相比，减少43.60万元，下降4.8%，主要原因是人员减少。");

        foreach (var metric in new[] { IncomeTotal, ExpenditureTotal })
            (report.Amount(metric), report[metric]!.ChangeAmount, report[metric]!.ChangePercent).ShouldBe((856.40m, -43.60m, -4.8m));
    }

    [Fact]
    public void Two_totals_and_two_changes_in_one_sentence_are_paired_in_order()
    {
        var report = SampleReport.Totals("2023年度收、支总计各是1,234.56,1,200.00万元，与上年相比，各减少100.00,80.00万元，各下降7.5%、6.3%。");

        (report.Amount(IncomeTotal), report[IncomeTotal]!.ChangeAmount, report[IncomeTotal]!.ChangePercent).ShouldBe((1234.56m, -100.00m, -7.5m));
        (report.Amount(ExpenditureTotal), report[ExpenditureTotal]!.ChangeAmount, report[ExpenditureTotal]!.ChangePercent).ShouldBe((1200.00m, -80.00m, -6.3m));
        report.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void Total_income_and_expenditure_with_their_parts_after_qi_zhong()
    {
        var report = SampleReport.Totals("2023年度总收入1,000.50万元，其中本年收入900.50万元，年初结转结余100.00万元；总支出1,000.50万元，其中本年支出950.00万元，年末结转结余50.50万元。");

        report.Figures.ToDictionary(f => f.Key, f => f.Value.Amount).ShouldBe(new Dictionary<Metric, decimal?>
        {
            [IncomeTotal] = 1000.50m, [IncomeSubtotal] = 900.50m, [CarryoverIn] = 100.00m,
            [ExpenditureTotal] = 1000.50m, [ExpenditureSubtotal] = 950.00m, [CarryoverOut] = 50.50m,
        }, ignoreOrder: true);
    }

    [Fact]
    public void Bare_income_and_expenditure_of_the_unit_are_the_totals()
    {
        var report = SampleReport.Totals("本单位收入为512.30万元，支出为498.10万元。");

        (report.Amount(IncomeTotal), report.Amount(ExpenditureTotal)).ShouldBe((512.30m, 498.10m));
    }

    [Fact]
    public void Rises_are_positive_and_falls_negative_whatever_the_verb()
    {
        var report = SampleReport.Totals("3.支出情况。2023年度支出合计300.00万元，较上年降低15.00万元，减少4.8%。其中：基本支出120.00万元，较上年增长20.00万元，增加20.0%；项目支出180.00万元，较上年下降35.00万元，降低16.3%。");

        (report[ExpenditureSubtotal]!.ChangeAmount, report[ExpenditureSubtotal]!.ChangePercent).ShouldBe((-15.00m, -4.8m));
        (report[BasicExpenditure]!.ChangeAmount, report[BasicExpenditure]!.ChangePercent).ShouldBe((20.00m, 20.0m));
        (report[ProjectExpenditure]!.ChangeAmount, report[ProjectExpenditure]!.ChangePercent).ShouldBe((-35.00m, -16.3m));
    }

    [Fact]
    public void A_percent_after_a_falling_verb_is_negative()
    {
        var report = SampleReport.Totals("2023年度收入总计90.00万元，较上年减少20.8%。");

        (report[IncomeTotal]!.ChangeAmount, report[IncomeTotal]!.ChangePercent).ShouldBe((null, -20.8m));
    }

    [Fact]
    public void Unchanged_is_a_change_of_zero()
    {
        var report = SampleReport.Totals("4.结转结余情况。2023年度年末结转和结余12.00万元，与上年持平。");

        (report.Amount(CarryoverOut), report[CarryoverOut]!.ChangeAmount, report[CarryoverOut]!.ChangePercent).ShouldBe((12.00m, 0m, 0m));
    }

    [Fact]
    public void An_integer_change_with_a_thousands_separator_is_read()
    {
        var report = SampleReport.Totals("2023年度支出总计7,086.30万元，较上年决算数增加2,003万元，增长39.4%。");

        (report.Amount(ExpenditureTotal), report[ExpenditureTotal]!.ChangeAmount, report[ExpenditureTotal]!.ChangePercent).ShouldBe((7086.30m, 2003m, 39.4m));
    }

    [Fact]
    public void Missing_words_do_not_hide_the_change_or_the_reason()
    {
        var report = SampleReport.Totals("收入总计500.00万元，2022年度相比增加50.00万元，增长11.1%，主要原因2023年新增培训项目。");

        var income = report[IncomeTotal]!;
        (income.ChangeAmount, income.ChangePercent, income.Reason).ShouldBe((50.00m, 11.1m, "2023年新增培训项目"));
        report.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void A_thousands_comma_is_told_from_a_clause_comma()
    {
        var report = SampleReport.Totals("2023年度收入总计7,086.30万元,支出总计7,086.30万元,较上年增加1,086.30万元,增长18.1%。");

        (report.Amount(IncomeTotal), report.Amount(ExpenditureTotal), report[ExpenditureTotal]!.ChangeAmount).ShouldBe((7086.30m, 7086.30m, 1086.30m));
    }

    [Fact]
    public void A_thousands_separator_broken_by_a_space_is_read()
    {
        var report = SampleReport.Totals("2023年度收入总计1, 537.4万元。");

        report.Amount(IncomeTotal).ShouldBe(1537.4m);
    }

    [Fact]
    public void Stray_spaces_inside_figures_and_before_units_are_ignored()
    {
        var report = SampleReport.Totals("2023 年度收入总计为 5.48 万元，较上年增加 0.20 万元，增长 3.8 %。");

        (report.Amount(IncomeTotal), report[IncomeTotal]!.ChangeAmount, report[IncomeTotal]!.ChangePercent).ShouldBe((5.48m, 0.20m, 3.8m));
    }

    [Fact]
    public void Six_decimals_are_kept_exactly()
    {
        var report = SampleReport.Totals("2023年度收入总计28861.938591万元。");

        report.Amount(IncomeTotal)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe("28861.938591");
    }

    [Fact]
    public void Amounts_in_yuan_are_converted_to_ten_thousand_yuan_exactly()
    {
        var report = SampleReport.Parse("四、其他需要说明的事项", "(一)会议费和培训费情况说明。本年度培训费支出11,800元，较上年增加2,100元，增长21.6%。");

        (report.Amount(TrainingFees), report[TrainingFees]!.ChangeAmount).ShouldBe((1.18m, 0.21m));
    }

    [Fact]
    public void Amounts_inside_a_reason_are_not_figures()
    {
        var report = SampleReport.Totals("2023年度收入总计1,500.00万元，较上年增加600.00万元，增长66.7%，主要原因是垫付资金5,300万后其他收入增加200.00万元。");

        report.Figures.Keys.ShouldBe([IncomeTotal]);
        report[IncomeTotal]!.Reason.ShouldBe("垫付资金5300万后其他收入增加200.00万元");
    }

    [Fact]
    public void Words_and_amounts_cut_by_line_breaks_are_joined_and_keep_their_lines()
    {
        var report = SampleReport.Totals("2023年度收入决算总额1,000.00万元，支\n出决算总额1,000.00万元，较上年增加1.5万\n元，增长0.2%。");

        (report.Amount(IncomeTotal), report[IncomeTotal]!.Line).ShouldBe((1000.00m, 7));
        (report.Amount(ExpenditureTotal), report[ExpenditureTotal]!.Line).ShouldBe((1000.00m, 8));
        (report[ExpenditureTotal]!.ChangeAmount, report[ExpenditureTotal]!.ChangePercent, report[ExpenditureTotal]!.ChangeLine).ShouldBe((1.5m, 0.2m, 8));
    }

    [Fact]
    public void Page_markers_inside_a_paragraph_are_dropped()
    {
        var report = SampleReport.Totals("2023年度收入总计1,000.00万元，支出总\n\n—2—\n\n计990.00万元，较上年增加\n\n- 3 -\n\n10.00万元。");

        (report.Amount(ExpenditureTotal), report[ExpenditureTotal]!.Line).ShouldBe((990.00m, 11));
        (report[ExpenditureTotal]!.ChangeAmount, report[ExpenditureTotal]!.ChangeLine).ShouldBe((10.00m, 11));
    }

    [Fact]
    public void Chart_captions_in_the_text_are_dropped()
    {
        var report = SampleReport.Parse(
            "二、部门决算情况说明", "(一)收入支出决算总体情况说明",
            "2023年度收入总计(图1:收、支决算总计变动情况图)1,000.00万元，支出总计1,000.00万元。",
            "图2:收入结构图");

        (report.Amount(IncomeTotal), report.Amount(ExpenditureTotal)).ShouldBe((1000.00m, 1000.00m));
        report.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void A_lost_character_in_a_figure_is_a_warning_and_elsewhere_is_kept()
    {
        var report = SampleReport.Totals("2023年度收入总计12?4.00万元，支出总计1,234.00万元，主要原因是项目?加。");

        report[IncomeTotal].ShouldBeNull();
        report.Warnings.ShouldBe([new FinalAccounts.Ingest.Model.ParseWarning(7, "figure is not a number: '12?4.00万元'")]);
        (report.Amount(ExpenditureTotal), report[ExpenditureTotal]!.Reason).ShouldBe((1234.00m, "项目?加"));
    }

    [Fact]
    public void Traditional_characters_with_pinyin_read_like_the_simplified_template()
    {
        var report = SampleReport.Parse(
            "二、部門決算情況說明", "(一)收入支出決算總體情況說明",
            "2023年度收入總計6,954.99萬(wàn)元，支出總計6,954.99萬元。收支較上年決算數減少51.49萬元、下降0.7%，主要原因是項目減少。");

        foreach (var metric in new[] { IncomeTotal, ExpenditureTotal })
            (report.Amount(metric), report[metric]!.ChangeAmount, report[metric]!.ChangePercent, report[metric]!.Reason).ShouldBe((6954.99m, -51.49m, -0.7m, "项目减少"));
        report.MissingSections.ShouldNotContain(StandardSections.Totals);
    }

    [Fact]
    public void A_department_report_says_bu_men_where_a_unit_report_says_dan_wei()
    {
        var report = ReportParser.Parse("department.txt",
            "重庆市示范区示范局2023年度部门决算情况说明\n\n一、部门基本情况\n\n重庆市示范区示范局为重庆市示范区人民政府管理的行政单位。\n\n(三)部门构成\n\n本部门属一级预算单位，主管部门是重庆市示范区人民政府，无下级预算单位。\n\n二、部门决算情况说明\n\n(一)收入支出决算总体情况说明\n\n本部门收入为80.00万元，支出为78.00万元。\n",
            "0");

        report.Kind.ShouldBe(ReportKind.Department);
        (report.Unit.Name, report.Unit.Kind, report.Unit.BudgetLevel, report.Unit.SupervisingDepartment).ShouldBe(("重庆市示范区示范局", "行政单位", "一级预算单位", "重庆市示范区人民政府"));
        report.MissingSections.ShouldNotContain(StandardSections.UnitProfile);
        (report.Amount(IncomeTotal), report.Amount(ExpenditureTotal)).ShouldBe((80.00m, 78.00m));
    }

    [Fact]
    public void Sections_numbered_differently_are_found_by_their_words_and_absent_ones_are_listed()
    {
        var report = SampleReport.Parse(
            "第一部分 单位基本情况",
            "重庆市示范区示范中心为重庆市示范区示范局管理的全额拨款事业单位。",
            "第二部分 收入支出决算总体情况说明",
            "2023年度收入总计100.00万元，支出总计100.00万元。",
            "1.一般公共预算财政拨款支出决算情况说明",
            "2023年度一般公共预算财政拨款支出90.00万元。");

        (report.Amount(IncomeTotal), report.Amount(GeneralBudgetExpenditure)).ShouldBe((100.00m, 90.00m));
        report.MissingSections.ShouldBe(
        [
            StandardSections.FiscalAppropriations, StandardSections.BasicExpenditure, StandardSections.GovernmentFund,
            StandardSections.StateCapital, StandardSections.ThreePublicExpenses, StandardSections.OtherMatters,
            StandardSections.Performance, StandardSections.Contact,
        ]);
    }

    [Fact]
    public void A_sub_item_carries_its_own_change()
    {
        var report = SampleReport.Totals("2.收入情况。2023年度收入312.00万元，较上年增加12.00万元，增长4.0%。其中：财政拨款收入300.00万元，占96.2%；其他收入12.00万元，占3.8%。");

        (report.Amount(IncomeSubtotal), report[IncomeSubtotal]!.ChangeAmount, report[IncomeSubtotal]!.ChangePercent).ShouldBe((312.00m, 12.00m, 4.0m));
        report[IncomeTotal].ShouldBeNull();
        (report[FiscalAppropriationIncome]!.SharePercent, report[FiscalAppropriationIncome]!.ChangeAmount).ShouldBe((96.2m, null));
        report[OtherIncome]!.SharePercent.ShouldBe(3.8m);
    }

    [Fact]
    public void A_budget_figure_printed_before_the_actual_is_not_the_figure()
    {
        var report = SampleReport.GeneralBudget("2.支出情况。2023年度一般公共预算财政拨款支出预算数800.00万元，决算数876.09万元，较年初预算数增加76.09万元，增长9.5%。");

        var expenditure = report[GeneralBudgetExpenditure]!;
        (expenditure.Amount, expenditure.BudgetChangeAmount, expenditure.BudgetChangePercent, expenditure.ChangeAmount).ShouldBe((876.09m, 76.09m, 9.5m, null));
    }

    [Fact]
    public void A_year_label_that_is_not_the_reports_year_is_recorded_and_flagged()
    {
        var report = SampleReport.Totals("2022年度收入总计500.00万元，支出总计500.00万元。");

        (report.Amount(IncomeTotal), report.Amount(ExpenditureTotal)).ShouldBe((500.00m, 500.00m));
        report.Warnings.ShouldBe([new FinalAccounts.Ingest.Model.ParseWarning(7, "IncomeTotal is labelled with the year 2022, not the report's year 2023")]);
    }

    [Fact]
    public void Government_fund_categories_are_kept_with_their_budget_source()
    {
        var report = SampleReport.Parse(
            "二、部门决算情况说明", "(五)政府性基金预算收支决算情况说明",
            "政府性基金预算财政拨款收入总计6,078.90万元，支出6,078.90万元。",
            "(1)抗疫特别国债安排的支出6,078.90万元，占100%。");

        report.Categories.Select(c => (c.StatedName, c.BudgetSource, c.Amount, c.SharePercent, c.Line))
            .ShouldBe([("抗疫特别国债安排的支出", BudgetSource.GovernmentFundBudget, 6078.90m, 100m, 9)]);
    }

    [Fact]
    public void A_category_the_codebook_lacks_is_kept_as_stated()
    {
        var report = SampleReport.GeneralBudget("(1)示范新设支出12.00万元，占1.0%，较年初预算数减少3.00万元，下降20.0%，主要原因是项目调整。");

        report.Categories.Select(c => (c.StatedName, c.Amount, c.SharePercent, c.BudgetChangeAmount, c.BudgetChangePercent, c.Reason))
            .ShouldBe([("示范新设支出", 12.00m, 1.0m, -3.00m, -20.0m, "项目调整")]);
    }

    [Fact]
    public void No_government_fund_and_no_state_capital_state_zeros_at_their_lines()
    {
        var report = SampleReport.Parse(
            "二、部门决算情况说明",
            "(五)政府性基金预算收支决算情况说明", "本单位2023年度无政府性基金预算财政拨款收支。",
            "(六)国有资本经营预算财政拨款支出决算情况说明", "本单位2023年度无国有资本经营预算财政拨款支出。");

        (report.Amount(GovernmentFundIncome), report[GovernmentFundIncome]!.Line).ShouldBe((0m, 7));
        (report.Amount(GovernmentFundExpenditure), report.Amount(StateCapitalExpenditure), report[StateCapitalExpenditure]!.Line).ShouldBe((0m, 0m, 11));
    }

    [Fact]
    public void A_figure_stated_again_with_another_amount_keeps_the_first_and_is_flagged()
    {
        var report = SampleReport.Totals("2023年度收入总计100.00万元。收入总计120.00万元，较上年增加20.00万元。");

        (report.Amount(IncomeTotal), report[IncomeTotal]!.ChangeAmount).ShouldBe((100.00m, null));
        report.Warnings.ShouldBe([new FinalAccounts.Ingest.Model.ParseWarning(7, "IncomeTotal is stated again as 120.00 (line 7); the first value 100.00 (line 7) is kept")]);
    }
}
