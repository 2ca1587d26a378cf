using System.Text.RegularExpressions;
using static FinalAccounts.Data.Entities.Metric;

namespace FinalAccounts.Ingest.Parsing;

/// <summary>(六)国有资本经营预算: its expenditure; "无国有资本经营预算财政拨款支出" states a zero at its line.</summary>
internal sealed partial class StateCapitalParser : ISectionParser
{
    private static readonly LabelTable Labels = new(
        new LabelRule($"{LabelRule.Bare}(?:国有资本经营预算)?(?:财政拨款)?支出(?:合计|总计)?", StateCapitalExpenditure));

    public SectionKind Kind => SectionKind.StateCapital;

    public void Parse(Section section, ParseContext context)
    {
        foreach (var paragraph in section.Lines.Where(l => !l.IsTableRow))
        {
            if (None().Match(paragraph.Text) is { Success: true } none)
            {
                context.State(StateCapitalExpenditure, 0m, paragraph.LineAt(none.Index));
                continue;
            }

            FigureReader.Read(context, paragraph, Labels);
        }
    }

    [GeneratedRegex("(?:没有|无)[^。,]{0,6}国有资本经营预算(?:财政拨款)?(?:收入|支出|收支|收、支)")]
    private static partial Regex None();
}
