using FinalAccounts.Ingest.Parsing;
using FinalAccounts.Ingest.Text;

namespace FinalAccounts.Ingest.Tests.Parsing;

public sealed class SectionSplitterTests
{
    [Fact]
    public void The_real_report_splits_into_the_template_sections_in_order()
    {
        var sections = SectionSplitter.Split(TextNormaliser.Normalise(RealReport.Text));

        sections.Select(s => (s.Kind, s.HeadingLine)).ShouldBe(
        [
            (SectionKind.Preamble, (int?)null), (SectionKind.UnitProfile, 5), (SectionKind.AccountsChapter, 63),
            (SectionKind.Totals, 65), (SectionKind.FiscalAppropriations, 77), (SectionKind.GeneralBudget, 81),
            (SectionKind.BasicExpenditure, 101), (SectionKind.GovernmentFund, 105), (SectionKind.StateCapital, 111),
            (SectionKind.ThreePublicExpenses, 115), (SectionKind.OtherMatters, 121), (SectionKind.Performance, 131),
            (SectionKind.Glossary, 218), (SectionKind.Contact, 256),
        ]);
    }

    [Theory]
    [InlineData("一、单位基本情况", SectionKind.UnitProfile)]
    [InlineData("一、部门基本情况", SectionKind.UnitProfile)]
    [InlineData("第一部分 单位基本情况", SectionKind.UnitProfile)]
    [InlineData("单位基本情况", SectionKind.UnitProfile)]
    [InlineData("(一)收入支出决算总体情况说明", SectionKind.Totals)]
    [InlineData("1.收入支出决算总体情况", SectionKind.Totals)]
    [InlineData("(二)财政拨款收入支出决算总体情况说明", SectionKind.FiscalAppropriations)]
    [InlineData("(三)一般公共预算财政拨款支出决算情况说明", SectionKind.GeneralBudget)]
    [InlineData("(四)一般公共预算财政拨款基本支出决算情况说明", SectionKind.BasicExpenditure)]
    [InlineData("(五)政府性基金预算收支决算情况说明", SectionKind.GovernmentFund)]
    [InlineData("(六)国有资本经营预算财政拨款支出决算情况说明", SectionKind.StateCapital)]
    [InlineData("三、“三公”经费情况说明", SectionKind.ThreePublicExpenses)]
    [InlineData("四、其他需要说明的事项", SectionKind.OtherMatters)]
    [InlineData("五、预算绩效管理情况说明", SectionKind.Performance)]
    [InlineData("六、专业名词解释", SectionKind.Glossary)]
    [InlineData("七、决算公开联系方式", SectionKind.Contact)]
    public void Recognises_a_heading_by_its_words(string line, SectionKind kind)
    {
        SectionSplitter.ReadHeading(line, SectionKind.Preamble)?.Kind.ShouldBe(kind);
    }

    [Theory]
    [InlineData("(十二)“三公”经费:指用一般公共预算财政拨款安排的因公出国(境)费。", SectionKind.Glossary)]
    [InlineData("(三)卫生健康支出19.87万元,占2.3%,较年初预算数增加0.00万元,增长0%。", SectionKind.GeneralBudget)]
    [InlineData("(一)一般公共预算财政拨款会议和培训费情况说明。本年度培训费支出1.18万元。", SectionKind.OtherMatters)]
    [InlineData("1.绩效目标自评表", SectionKind.Performance)]
    [InlineData("1.收入情况。2021年度收入合计6950.72万元。", SectionKind.Totals)]
    [InlineData("本单位决算公开信息反馈和联系方式:023-58258372", SectionKind.Contact)]
    [InlineData("(一)主要职责", SectionKind.UnitProfile)]
    public void Does_not_take_content_for_a_heading(string line, SectionKind current)
    {
        SectionSplitter.ReadHeading(line, current).ShouldBeNull();
    }

    [Fact]
    public void A_sub_heading_that_repeats_its_section_opens_a_paragraph_of_it()
    {
        var sections = SectionSplitter.Split(TextNormaliser.Normalise("三、“三公”经费情况说明\n(一)“三公”经费支出情况。2021年度“三公”经费支出共计0.00万元。"));

        var section = sections.Single(s => s.Kind == SectionKind.ThreePublicExpenses);
        section.Lines.Select(l => l.Line).ShouldBe([2]);
    }
}
