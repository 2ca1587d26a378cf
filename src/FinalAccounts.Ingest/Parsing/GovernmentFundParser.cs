using System.Text.RegularExpressions;
using FinalAccounts.Data.Entities;
using static FinalAccounts.Data.Entities.Metric;

namespace FinalAccounts.Ingest.Parsing;

/// <summary>
/// (五)政府性基金预算收支: the government fund's income and expenditure, and its categories when listed.
/// "无政府性基金预算财政拨款收入，也无使用政府性基金预算财政拨款安排的支出" states zeros.
/// </summary>
internal sealed partial class GovernmentFundParser : ISectionParser
{
    public static IReadOnlyList<LabelRule> QualifiedRules { get; } =
    [
        new("政府性基金预算(?:财政拨款)?收入(?:合计|总计)?", GovernmentFundIncome),
        new("政府性基金预算(?:财政拨款)?支出(?:合计|总计)?", GovernmentFundExpenditure),
    ];

    private static readonly LabelTable Labels = new(
        new($"{LabelRule.Bare}(?:政府性基金预算)?(?:财政拨款)?收、?支(?:总计)?", GovernmentFundIncome, GovernmentFundExpenditure),
        new($"{LabelRule.Bare}(?:政府性基金预算)?(?:财政拨款)?收入(?:合计|总计)?", GovernmentFundIncome),
        new($"{LabelRule.Bare}(?:政府性基金预算)?(?:财政拨款)?支出(?:合计|总计)?", GovernmentFundExpenditure));

    public SectionKind Kind => SectionKind.GovernmentFund;

    public void Parse(Section section, ParseContext context)
    {
        foreach (var paragraph in section.Lines.Where(l => !l.IsTableRow))
        {
            var nones = None().Matches(paragraph.Text);
            foreach (Match none in nones)
            {
                var line = paragraph.LineAt(none.Index);
                var what = none.Groups["what"].Value;
                if (what != "支出") context.State(GovernmentFundIncome, 0m, line);
                if (what != "收入") context.State(GovernmentFundExpenditure, 0m, line);
            }

            if (nones.Count > 0) continue;

            if (!CategoryReader.TryRead(context, paragraph, BudgetSource.GovernmentFundBudget))
                FigureReader.Read(context, paragraph, Labels);
        }
    }

    [GeneratedRegex("(?:没有|无)(?:使用)?政府性基金预算(?:财政拨款)?(?:安排的)?(?<what>收、?支|收入|支出)")]
    private static partial Regex None();
}
