using System.Text.RegularExpressions;
using FinalAccounts.Data.Entities;
using FinalAccounts.Ingest.Model;
using FinalAccounts.Synthetic.Generation;
using FinalAccounts.Synthetic.Rendering;
using FinalAccounts.Synthetic.Tests.Support;

namespace FinalAccounts.Synthetic.Tests;

/// <summary>The renderer writes the template of the real report, and each quirk does what it says.</summary>
public sealed partial class ReportRendererTests
{
    private static readonly string RealReport = File.ReadAllText(RepositoryRoot.File("data", "reports", "wanzhou-party-govt-info-center-2021.txt"));

    /// <summary>A unit-year with a government fund, a decrease and a zero change, so every sentence form has something to show.</summary>
    private static readonly Report Sample = SampleReports.All
        .Select(r => r.Report)
        .First(r => r.Amount(Metric.GovernmentFundExpenditure) > 0 && r[Metric.IncomeSubtotal]!.ChangeAmount < 0
                    && r.Figures.Values.Any(f => f.ChangeAmount == 0) && r.Projects.Count >= 2);

    private static string Render(RenderQuirks quirks, int seed = 5) => new ReportRenderer(quirks).Render(Sample, seed).Text;

    [Fact]
    public void The_same_report_quirks_and_seed_give_the_same_text()
    {
        Render(RenderQuirks.All(0.3), seed: 11).ShouldBe(Render(RenderQuirks.All(0.3), seed: 11));
        Render(RenderQuirks.All(0.3), seed: 12).ShouldNotBe(Render(RenderQuirks.All(0.3), seed: 11));
    }

    [Fact]
    public void A_clean_rendering_has_the_headings_of_the_real_report_in_its_order()
    {
        var real = Headings(RealReport);
        var rendered = Headings(Render(RenderQuirks.None));

        real.Count.ShouldBeGreaterThan(15);
        rendered.ShouldBe(real);
    }

    [Theory]
    [InlineData("年度收入总计")]
    [InlineData("收支较上年决算数")]
    [InlineData("其中：财政拨款收入")]
    [InlineData("此外，年初结转结余")]
    [InlineData("其中：基本支出")]
    [InlineData("年度年末结转和结余")]
    [InlineData("年度财政拨款收、支总计")]
    [InlineData("年度一般公共预算财政拨款收入")]
    [InlineData("较年初预算")]
    [InlineData("年度年末一般公共预算财政拨款结转和结余")]
    [InlineData("年度一般公共预算财政拨款支出主要用于以下几个方面：")]
    [InlineData("年度一般公共预算财政拨款基本支出")]
    [InlineData("政府性基金预算财政拨款收入总计")]
    [InlineData("年度“三公”经费支出共计")]
    [InlineData("个团组")]
    [InlineData("授予中小企业合同金额")]
    [InlineData("以填报绩效自评表形式开展自评")]
    [InlineData("项目名称\t")]
    [InlineData("绩效指标\t指标名称\t计量单位\t指标性质\t年初指标值\t调整指标值\t全年完成值\t得分系数(%)\t指标权重(分)\t指标得分(分)\t是否核心指标")]
    [InlineData("本单位决算公开信息反馈和联系方式：")]
    public void A_clean_rendering_uses_the_sentences_and_tables_of_the_real_report(string phrase)
    {
        RealReport.Replace(" ", "").ShouldContain(phrase.Replace(" ", ""));
        Render(RenderQuirks.None).ShouldContain(phrase);
    }

    [Fact]
    public void Every_stated_amount_appears_in_a_clean_rendering()
    {
        var text = Render(RenderQuirks.None);
        var amounts = Sample.Figures.Values.Select(f => f.Amount).Concat(Sample.Categories.Select(c => c.Amount)).OfType<decimal>();

        foreach (var amount in amounts) text.ShouldContain(amount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Falls_are_written_as_decreases_and_no_change_as_zero()
    {
        var text = Render(RenderQuirks.None);

        text.ShouldContain("减少");
        text.ShouldContain("下降");
        text.ShouldContain("增加0.00万元，增长0");
        NegativeNumber().IsMatch(text).ShouldBeFalse();
    }

    [Fact]
    public void Project_contacts_are_placeholders_never_names_or_numbers()
    {
        var text = Render(RenderQuirks.None);

        text.ShouldContain("项目联系人\t示例联系人\t联系电话\t000-00000000");
        MobileNumber().IsMatch(text).ShouldBeFalse();
    }

    [Fact]
    public void Traditional_characters_replace_simplified_ones()
    {
        var text = Render(RenderQuirks.None with { TraditionalCharacters = 1 });

        text.ShouldContain("決算");
        text.ShouldContain("財政撥款");
        text.ShouldContain("萬元");
        text.ShouldNotContain("决算");
    }

    [Fact]
    public void Folded_punctuation_leaves_no_full_width_commas()
    {
        var text = Render(RenderQuirks.None with { FoldedPunctuation = 1 });

        text.ShouldNotContain("，");
        text.ShouldNotContain("（");
        text.ShouldContain("万元,");
    }

    [Fact]
    public void Thousands_separators_and_broken_ones_appear()
    {
        ThousandsSeparated().IsMatch(Render(RenderQuirks.None with { ThousandsSeparators = 1 })).ShouldBeTrue();
        Render(RenderQuirks.None with { ThousandsSeparators = 1, BrokenThousands = 1 }).ShouldContain(", ");
    }

    [Fact]
    public void Stray_spaces_surround_figures()
    {
        var text = Render(RenderQuirks.None with { StraySpaces = 1 });

        SpacedAmount().IsMatch(text).ShouldBeTrue();
        text.ShouldContain(" %");
    }

    [Fact]
    public void Zero_amounts_may_be_bare_zeros()
    {
        Render(RenderQuirks.None with { IntegerZeros = 1 }).ShouldContain("增加0万元");
    }

    [Fact]
    public void Latex_operators_replace_symbols()
    {
        var text = Render(RenderQuirks.None with { LatexOperators = 1 });

        (text.Contains("\\geq", StringComparison.Ordinal) || text.Contains("\\leq", StringComparison.Ordinal)).ShouldBeTrue();
        text.ShouldNotContain("≥");
        text.ShouldNotContain("≤");
    }

    [Fact]
    public void Zero_changes_may_be_written_as_unchanged()
    {
        Render(RenderQuirks.None with { FlatWording = 1 }).ShouldContain("持平");
    }

    [Fact]
    public void Falls_may_use_other_words()
    {
        FallWordedPercent().IsMatch(Render(RenderQuirks.None with { FallWording = 1 })).ShouldBeTrue();
    }

    [Fact]
    public void Totals_may_be_combined_in_one_sentence()
    {
        var text = Render(RenderQuirks.None with { CombinedTotals = 1 });

        text.ShouldContain("年度收、支总计均为");
        text.ShouldContain("收、支与上年度相比，");
    }

    [Fact]
    public void Page_markers_are_inserted_between_paragraphs()
    {
        PageMarker().Matches(Render(RenderQuirks.None with { PageMarkers = 1 })).Count.ShouldBeGreaterThan(20);
    }

    [Fact]
    public void Broken_lines_split_paragraphs_across_page_breaks()
    {
        var clean = Render(RenderQuirks.None);
        var broken = Render(RenderQuirks.None with { BrokenLines = 1 });

        broken.Split('\n').Count(l => l.Length > 0).ShouldBeGreaterThan(clean.Split('\n').Count(l => l.Length > 0) + 50);
        PageMarker().Replace(broken, "").Replace("\n", "").ShouldBe(clean.Replace("\n", ""));
    }

    [Fact]
    public void Broken_rows_and_headers_split_tables_like_the_real_report()
    {
        var text = Render(RenderQuirks.None with { BrokenRows = 1, BrokenHeaders = 1 });

        text.ShouldContain("(万元) 项目资金\t年度总金额\t年初预算数\t全年(调整)预算");
        text.ShouldContain("\t\t\t值\t值\t\t(%)\t(分)\t\t");
        text.Split('\n').ShouldContain(l => BrokenRowRest().IsMatch(l), "the rest of an indicator name alone on the next page");
    }

    [Fact]
    public void Missing_sections_are_left_out_and_later_sections_renumbered()
    {
        var rendered = new ReportRenderer(RenderQuirks.None with { MissingSections = 1 }).Render(Sample, 5);

        rendered.Omitted.ShouldBe(Enum.GetValues<ReportSection>());
        rendered.Text.ShouldNotContain("三公");
        rendered.Text.ShouldNotContain("政府采购支出总额");
        rendered.Text.ShouldContain("三、其他需要说明的事项");
        rendered.Text.ShouldContain("四、决算公开联系方式");
    }

    private static List<string> Headings(string text) =>
        [.. text.Split('\n').Select(l => l.Trim()).Where(l => Heading().IsMatch(l)).Select(l => Heading().Match(l).Value)];

    [GeneratedRegex(@"^(?:[一二三四五六七]、|（[一二三四五六]）)[^。，0-9]*?(?:情况说明|情况|说明|解释|方式|事项|职责|机构|构成|结果)(?=$|[。])")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\t?[^\t\d]+\t{9}$")]
    private static partial Regex BrokenRowRest();

    [GeneratedRegex(@"(?<![0-9])-\d")]
    private static partial Regex NegativeNumber();

    [GeneratedRegex(@"1[3-9]\d{9}")]
    private static partial Regex MobileNumber();

    [GeneratedRegex(@"\d,\d{3}\.\d{2}万元")]
    private static partial Regex ThousandsSeparated();

    [GeneratedRegex(@" \d+\.\d{2} 万元")]
    private static partial Regex SpacedAmount();

    [GeneratedRegex(@"(?:减少|降低)\d+(?:\.\d)?%")]
    private static partial Regex FallWordedPercent();

    [GeneratedRegex(@"^(?:—\d+—|- \d+ -|－\d+－)$", RegexOptions.Multiline)]
    private static partial Regex PageMarker();
}
