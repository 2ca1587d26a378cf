using FinalAccounts.Ingest.Text;

namespace FinalAccounts.Ingest.Tests.Parsing;

public sealed class TextNormaliserTests
{
    [Theory]
    [InlineData("收入总计６９５４．９９万元，占１００％；（一）：", "收入总计6954.99万元,占100%;(一):")]
    [InlineData("決算 財政撥款 萬元 較上年減少 結轉結餘 預算 經費 項目 單位 總計 合計 與 為 務 費", "决算财政拨款万元较上年减少结转结余预算经费项目单位总计合计与为务费")]
    [InlineData("收入總計6954.99萬(wàn)元", "收入总计6954.99万元")]
    [InlineData("<p>性分配的服务器、存储等资源。</p>", "性分配的服务器、存储等资源。")]
    [InlineData("年稳定运行\t天\t\\geq\t360\t数据\t\\leq", "年稳定运行\t天\t≥\t360\t数据\t≤")]
    [InlineData("收入总计(图1:收、支决算总计变动情况图)1000.00万元", "收入总计1000.00万元")]
    [InlineData("2021 年度收入 871.82 万元,增长 3.8 %,为 5.48 万元", "2021年度收入871.82万元,增长3.8%,为5.48万元")]
    [InlineData("保障电子政务外网 稳定运行,Microsoft Office 2019", "保障电子政务外网稳定运行,Microsoft Office 2019")]
    [InlineData("收入总计7,086.30万元,支出总计7,086.30万元", "收入总计7086.30万元,支出总计7086.30万元")]
    [InlineData("增加2,003万元,垫付资金5,300万,1, 537.4万元,1,537,000元", "增加2003万元,垫付资金5300万,1537.4万元,1537000元")]
    [InlineData("招录1,234人,共3个项目,100,较上年", "招录1,234人,共3个项目,100,较上年")]
    [InlineData("单位基本?况", "单位基本?况")]
    public void Normalises_a_line(string line, string expected)
    {
        TextNormaliser.NormaliseLine(line).ShouldBe(expected);
    }

    [Theory]
    [InlineData("---\t--\t--")]
    [InlineData("—10—")]
    [InlineData("- 1 -")]
    [InlineData("第 3 页 共 12 页")]
    [InlineData("图1:收、支决算总计变动情况图")]
    [InlineData("  \t  ")]
    public void Layout_lines_become_blank(string line)
    {
        TextNormaliser.NormaliseLine(line).ShouldBeEmpty();
    }

    [Fact]
    public void The_real_reports_cut_sentences_are_joined_and_keep_their_original_lines()
    {
        var text = TextNormaliser.Normalise(RealReport.Text);

        var totals = text.Lines.Single(l => l.Line == 67);
        totals.Text.ShouldEndWith("公共卫生突发事件的智慧医疗一期项目建设(智慧万州子项目))6078.9万元。");
        (totals.LastLine, totals.LineAt(totals.Text.IndexOf("发事件", StringComparison.Ordinal)), totals.LineAt(0)).ShouldBe((69, 69, 67));

        var category = text.Lines.Single(l => l.Line == 91);
        category.Text.ShouldContain("主要原因是2021年向社会公开招录1人、追加区本级");
        category.LastLine.ShouldBe(93);

        text.Lines.Single(l => l.Line == 107).Text.ShouldContain("增长100%,主要原因是2021年增加了");
        text.OriginalLineCount.ShouldBe(258);
    }

    [Fact]
    public void Headings_numbered_items_and_table_rows_are_never_joined()
    {
        var text = TextNormaliser.Normalise("一、单位基本情况\n\n正文没有句号\n1.办公室\n\n承担综合协调工作。\n(一)主要职责\n项目名称\t某项目\n说明\t\t");

        text.Lines.Select(l => (l.Line, l.Text)).ShouldBe(
        [
            (1, "一、单位基本情况"), (3, "正文没有句号"), (4, "1.办公室"), (6, "承担综合协调工作。"),
            (7, "(一)主要职责"), (8, "项目名称\t某项目"), (9, "说明\t\t"),
        ]);
    }

    [Fact]
    public void A_cut_amount_is_joined_even_across_a_page_marker()
    {
        var text = TextNormaliser.Normalise("收入总计6954.\n\n—3—\n\n99万元,较上年增加1.5万\n元。");

        var line = text.Lines.ShouldHaveSingleItem();
        line.Text.ShouldBe("收入总计6954.99万元,较上年增加1.5万元。");
        (line.LineAt(0), line.LineAt(line.Text.IndexOf("99万元", StringComparison.Ordinal)), line.LineAt(line.Text.Length - 1)).ShouldBe((1, 5, 6));
    }

    [Fact]
    public void Windows_and_old_mac_line_ends_count_as_lines()
    {
        var text = TextNormaliser.Normalise("第一行。\r\n第二行。\r第三行。");

        text.Lines.Select(l => l.Line).ShouldBe([1, 2, 3]);
        text.OriginalLineCount.ShouldBe(3);
    }

    [Theory]
    [InlineData("(2)社会保障与就业支出41.6\n\n—7—\n\n4万元,占8.8%。", "(2)社会保障与就业支出41.64万元,占8.8%。")]
    [InlineData("(2)社会\n\n保障和就业支出125.36万元。", "(2)社会保障和就业支出125.36万元。")]
    [InlineData("(2)科\n\n学技术支出232.90万元。", "(2)科学技术支出232.90万元。")]
    public void A_numbered_line_cut_inside_a_word_or_amount_is_joined(string text, string expected)
    {
        TextNormaliser.Normalise(text).Lines.ShouldHaveSingleItem().Text.ShouldBe(expected);
    }

    [Fact]
    public void A_line_that_ends_at_a_full_stop_is_joined_to_a_sentence_that_continues_it()
    {
        var text = TextNormaliser.Normalise("收入871.82万元,增长8.5%。\n\n较年初预算增加137.95万元。\n\n本单位无政府性基金收入。\n\n3.支出情况。");

        text.Lines.Select(l => (l.Line, l.Text)).ShouldBe(
        [
            (1, "收入871.82万元,增长8.5%。较年初预算增加137.95万元。"),
            (5, "本单位无政府性基金收入。"),
            (7, "3.支出情况。"),
        ]);
        text.Lines[0].LineAt(text.Lines[0].Text.IndexOf("较年初", StringComparison.Ordinal)).ShouldBe(3);
    }

    [Fact]
    public void A_thousands_separator_cut_by_a_line_break_is_dropped_and_lines_still_map()
    {
        var line = TextNormaliser.Normalise("其中:财政拨款收入8,\n\n- 3 -\n\n717.22万元,占100%。").Lines.ShouldHaveSingleItem();

        line.Text.ShouldBe("其中:财政拨款收入8717.22万元,占100%。");
        (line.LineAt(line.Text.IndexOf('8')), line.LineAt(line.Text.IndexOf("717", StringComparison.Ordinal)), line.LineAt(line.Text.IndexOf('占'))).ShouldBe((1, 5, 5));
    }
}
