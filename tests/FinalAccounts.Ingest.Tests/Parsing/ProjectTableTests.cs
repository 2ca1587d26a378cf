using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using FinalAccounts.Data.Entities;
using FinalAccounts.Ingest.Model;

namespace FinalAccounts.Ingest.Tests.Parsing;

/// <summary>Self-evaluation tables laid out in ways the real report does not show.</summary>
public sealed class ProjectTableTests
{
    private static readonly Report Report = SampleReport.Parse(
        "五、预算绩效管理情况说明",
        "重点专项项目绩效自评表",
        string.Join('\n',
            "项目名称\t示范平台建设\t自评总分\t95.5",
            "主管部门\t重庆市示范区示范局\t财政科室\t经济建设科",
            "项目联系人\t李示范\t联系电话\t13800138000",
            "项目资金(万元)\t年度总金额\t年初预算数\t全年(调整)预算数\t全年执行数\t执行率(%)\t执行率权重\t执行率得分(分)",
            "\t\t1,200.00\t1,150.00\t1,100.00\t95.7\t10\t9.6",
            "\t区级资金\t1,200.00\t1,150.00\t1,100.00\t\t\t",
            "绩效指标\t一级指标\t二级指标\t指标名称\t计量单位\t指标性质\t年初指标值\t调整指标值\t全年完成值\t得分系数(%)\t指标权重(分)\t指标得分(分)\t是否核心指标",
            "\t产出指标\t质量指标\t验收合格率\t%\t=\t100\t无\t100\t100\t30\t30\t是",
            "\t效益指标\t社会效益\t群众评价\t\t定性\t优\t无\t良\t80\t20\t16\t否",
            "\t满意度指标\t服务对象\t用户满意度\t%\t≥\t90\t无\t95\t100\t二十\t20\t否",
            "说明\t\t\t"));

    [Fact]
    public void The_header_and_funds_are_read_with_thousands_separators()
    {
        var project = Report.Projects.ShouldHaveSingleItem();

        (project.Name, project.Kind, project.TotalScore, project.SupervisingDepartment, project.FinanceOffice)
            .ShouldBe(("示范平台建设", ProjectKind.KeySpecial, 95.5m, "重庆市示范区示范局", "经济建设科"));
        (project.InitialBudget, project.AdjustedBudget, project.Executed, project.ExecutionRate, project.ExecutionWeight, project.ExecutionScore)
            .ShouldBe((1200.00m, 1150.00m, 1100.00m, 95.7m, 10m, 9.6m));
        (project.DistrictInitialBudget, project.DistrictAdjustedBudget, project.DistrictExecuted).ShouldBe((1200.00m, 1150.00m, 1100.00m));
    }

    [Fact]
    public void Indicators_under_category_columns_keep_their_own_name_and_qualitative_values_as_text()
    {
        Report.Projects[0].Indicators.Select(i => (i.Name, i.MeasureUnit, i.Operator, i.InitialTarget, i.ActualValue, i.ValueText, i.Weight, i.Score, i.IsCore))
            .ShouldBe(
            [
                ("验收合格率", "%", IndicatorOperator.Equal, 100m, 100m, null, 30m, 30m, true),
                ("群众评价", null, IndicatorOperator.Qualitative, null, null, "优", 20m, 16m, false),
                ("用户满意度", "%", IndicatorOperator.AtLeast, 90m, 95m, null, null, 20m, false),
            ]);
    }

    [Fact]
    public void An_unreadable_weight_is_a_warning()
    {
        Report.Warnings.ShouldBe([new ParseWarning(16, "indicator '用户满意度': weight is not a number: '二十'")]);
    }

    [Fact]
    public void A_contact_row_of_its_own_is_never_read()
    {
        var json = JsonSerializer.Serialize(Report, new JsonSerializerOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) });

        json.ShouldContain("示范平台建设");
        json.ShouldNotContain("李示范");
        json.ShouldNotContain("13800138000");
    }

    [Theory]
    [InlineData("主管部门\t重庆市示范区示范局\t财政科室\t经济建设科项目联系人李示范\t联系电话\t13800138000")]
    [InlineData("主管部门\t重庆市示范区示范局\t财政科室\t经济建设科\t项目联人李示范\t联系话\t13800138000")]
    [InlineData("主管部门\t重庆市示范区示范局\t财政科室\t经济建设科\t13800138000李示范")]
    public void Contact_data_merged_into_a_kept_cell_by_a_lost_tab_is_still_dropped(string departmentRow)
    {
        var report = SampleReport.Parse("五、预算绩效管理情况说明", "项目名称\t示范平台建设\n" + departmentRow + "\n说明\t\t");
        var json = JsonSerializer.Serialize(report, new JsonSerializerOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) });

        (report.Projects[0].SupervisingDepartment, report.Projects[0].FinanceOffice).ShouldBe(("重庆市示范区示范局", "经济建设科"));
        json.ShouldNotContain("李示范");
        json.ShouldNotContain("13800138000");
    }
}
