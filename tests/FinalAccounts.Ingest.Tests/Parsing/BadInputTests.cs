using System.Text;
using FinalAccounts.Ingest.Model;
using FinalAccounts.Ingest.Parsing;
using static FinalAccounts.Data.Entities.Metric;

namespace FinalAccounts.Ingest.Tests.Parsing;

/// <summary>Bad input gets a clear <see cref="ReportFormatException"/> only when it is no report at all; anything else yields what it has.</summary>
public sealed class BadInputTests
{
    [Fact]
    public void An_empty_file_is_refused()
    {
        var e = Should.Throw<ReportFormatException>(() => ReportParser.Parse("empty.txt", []));

        (e.FileName, e.Line, e.Expected, e.Found).ShouldBe(("empty.txt", null, "report text", "an empty document"));
    }

    [Fact]
    public void A_file_of_whitespace_is_refused()
    {
        var e = Should.Throw<ReportFormatException>(() => ReportParser.Parse("blank.txt", Encoding.UTF8.GetBytes(" \n\t\r\n　\n")));

        e.Found.ShouldBe("only whitespace");
    }

    [Fact]
    public void Binary_garbage_with_nul_bytes_is_refused_at_its_line()
    {
        var bytes = Encoding.UTF8.GetBytes("收入总计\n第二行\n").Concat(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x00, 0x1A, 0x0A }).ToArray();

        var e = Should.Throw<ReportFormatException>(() => ReportParser.Parse("image.png", bytes));

        (e.Line, e.Found).ShouldBe((3, "binary data (NUL bytes)"));
        e.Message.ShouldBe("image.png:3: expected report text, found binary data (NUL bytes)");
    }

    [Fact]
    public void Text_that_is_mostly_control_characters_is_refused()
    {
        var text = "决算" + new string('\u0001', 40) + new string('\u0007', 40);

        var e = Should.Throw<ReportFormatException>(() => ReportParser.Parse("garbage.txt", text, "0"));

        e.Found.ShouldStartWith("binary data (80 control characters");
    }

    [Fact]
    public void A_document_that_is_not_a_report_is_refused()
    {
        const string text = "\n今天天气很好，我们去公园散步。\n\n公园里有很多人在跑步。\n";

        var e = Should.Throw<ReportFormatException>(() => ReportParser.Parse("diary.txt", Encoding.UTF8.GetBytes(text)));

        (e.Line, e.Found).ShouldBe((2, "'今天天气很好,我们去公园散步。'"));
        e.Expected.ShouldContain("决算");
    }

    [Fact]
    public void A_truncated_report_yields_what_it_has_and_lists_the_sections_it_lacks()
    {
        var report = ReportParser.Parse("truncated.txt", RealReport.Lines(1, 100), "0");

        (report.Amount(IncomeTotal), report.Amount(GeneralBudgetExpenditure), report.Categories.Count).ShouldBe((6954.99m, 876.09m, 4));
        report.Unit.Divisions.Count.ShouldBe(6);
        report.MissingSections.ShouldBe(
        [
            StandardSections.BasicExpenditure, StandardSections.GovernmentFund, StandardSections.StateCapital,
            StandardSections.ThreePublicExpenses, StandardSections.OtherMatters, StandardSections.Performance, StandardSections.Contact,
        ]);
    }

    [Fact]
    public void A_page_that_starts_mid_report_yields_the_figures_it_names_unambiguously()
    {
        // Lines 83-87 of the real report: no title, no heading; line numbers are those of the page.
        var report = ReportParser.Parse("page.txt", RealReport.Lines(83, 87), "0");

        (report.Amount(GeneralBudgetIncome), report[GeneralBudgetIncome]!.Line, report[GeneralBudgetIncome]!.BudgetChangeAmount).ShouldBe((871.82m, 1, 137.95m));
        (report.Amount(GeneralBudgetExpenditure), report[GeneralBudgetExpenditure]!.Line).ShouldBe((876.09m, 3));
        report[CarryoverIn].ShouldBeNull(); // "年初结转结余" means another figure in each section: not guessed
        report.MissingSections.Count.ShouldBe(StandardSections.Headings.Count);
        report.Year.ShouldBe(2021);
    }

    [Fact]
    public void A_figure_that_is_not_a_number_is_a_warning_not_an_exception()
    {
        var report = SampleReport.Totals("2023年度收入总计12a.5万元，支出总计12.50万元。");

        report[IncomeTotal].ShouldBeNull();
        report.Amount(ExpenditureTotal).ShouldBe(12.50m);
        report.Warnings.ShouldBe([new ParseWarning(7, "figure is not a number: '12a.5万元'")]);
    }

    [Fact]
    public void Bytes_in_no_readable_encoding_are_refused_clearly()
    {
        var bytes = Encoding.UTF8.GetBytes("决算\n收入").Concat(new byte[] { 0xFF, 0xFF, 0x41 }).ToArray();

        var e = Should.Throw<ReportFormatException>(() => ReportParser.Parse("mojibake.txt", bytes));

        e.Line.ShouldBe(2);
        e.Found.ShouldStartWith("an unreadable encoding");
        e.Expected.ShouldBe("text in UTF-8, UTF-16 (with BOM) or GB18030");
    }

    [Fact]
    public void Invalid_utf8_after_a_utf8_byte_order_mark_is_refused()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("决算")).Concat(new byte[] { 0xC3, 0x28 }).ToArray();

        var e = Should.Throw<ReportFormatException>(() => ReportParser.Parse("broken.txt", bytes));

        e.Found.ShouldStartWith("an unreadable encoding (invalid UTF-8");
    }
}
