using FinalAccounts.Data.Entities;
using FinalAccounts.Ingest.Text;
using static FinalAccounts.Data.Entities.Metric;

namespace FinalAccounts.Ingest.Parsing;

/// <summary>
/// (一)收入支出决算总体情况: totals, income for the year by source, expenditure for the year by kind, carry-overs.
/// A bare "收入"/"支出" is the total in the overall paragraph and the subtotal inside the 收入情况/支出情况 items.
/// </summary>
internal sealed class TotalsParser : ISectionParser
{
    /// <summary>
    /// The labels of this section that keep their meaning outside it (see <see cref="PreambleParser"/>).
    /// Carry-overs and basic/project expenditure are not among them: the general budget uses the same words.
    /// </summary>
    public static IReadOnlyList<LabelRule> QualifiedRules { get; } =
    [
        new("收、支总计|收支总计|收入支出总计|收入和支出总计|收入、支出总计", IncomeTotal, ExpenditureTotal),
        new("收入总计|收入决算总额|收入决算总计|总收入", IncomeTotal),
        new("支出总计|支出决算总额|支出决算总计|总支出", ExpenditureTotal),
        new("本年收入合计|本年收入|收入合计", IncomeSubtotal),
        new("本年支出合计|本年支出|支出合计", ExpenditureSubtotal),
        new("财政拨款收入", FiscalAppropriationIncome),
        new("事业收入", ServiceIncome),
        new("经营收入", BusinessIncome),
        new("其他收入", OtherIncome),
    ];

    private static readonly LabelRule[] Named =
    [
        .. QualifiedRules,
        new("年初结转(?:和|及)?结余", CarryoverIn),
        new("年末结转(?:和|及)?结余", CarryoverOut),
        new("基本支出", BasicExpenditure),
        new("项目支出", ProjectExpenditure),
        new($"{LabelRule.Bare}(?:收、支|收支)", IncomeTotal, ExpenditureTotal),
    ];

    private static readonly LabelTable Overall = new(
    [
        .. Named,
        new($"{LabelRule.Bare}收入", IncomeTotal),
        new($"{LabelRule.Bare}支出", ExpenditureTotal),
    ]);

    private static readonly LabelTable ForTheYear = new(
    [
        .. Named,
        new($"{LabelRule.Bare}收入", IncomeSubtotal),
        new($"{LabelRule.Bare}支出", ExpenditureSubtotal),
    ]);

    public SectionKind Kind => SectionKind.Totals;

    public void Parse(Section section, ParseContext context)
    {
        foreach (var paragraph in section.Lines)
        {
            if (paragraph.IsTableRow) continue;
            FigureReader.Read(context, paragraph, IsItemForTheYear(paragraph.Text) ? ForTheYear : Overall);
        }
    }

    /// <summary>"2.收入情况。…" and "3.支出情况。…" speak of the year's income and expenditure, not the totals.</summary>
    private static bool IsItemForTheYear(string text)
    {
        var start = Numbering.Read(text).ContentStart;
        var body = text.AsSpan(start);
        return body.StartsWith("收入情况") || body.StartsWith("支出情况");
    }
}
