using FinalAccounts.Data.Entities;
using static FinalAccounts.Data.Entities.Metric;

namespace FinalAccounts.Ingest.Parsing;

/// <summary>
/// (三)一般公共预算财政拨款支出: the general budget's income, expenditure and carry-overs, each with changes against
/// the previous year and the initial budget, and the expenditure by functional category.
/// </summary>
internal sealed class GeneralBudgetParser : ISectionParser
{
    public static IReadOnlyList<LabelRule> QualifiedRules { get; } =
    [
        new("一般公共预算(?:财政拨款)?收入(?:合计|总计)?", GeneralBudgetIncome),
        new("一般公共预算(?:财政拨款)?支出(?:合计|总计)?", GeneralBudgetExpenditure),
    ];

    private static readonly LabelTable Labels = new(
        new("年末[^\\d,;。:]{0,16}?结转(?:和|及)?结余", GeneralBudgetCarryoverOut),
        new("年初[^\\d,;。:]{0,16}?结转(?:和|及)?结余", GeneralBudgetCarryoverIn),
        new($"{LabelRule.Bare}(?:一般公共预算)?(?:财政拨款)?收入(?:合计|总计)?", GeneralBudgetIncome),
        new($"{LabelRule.Bare}(?:一般公共预算)?(?:财政拨款)?支出(?:合计|总计)?", GeneralBudgetExpenditure));

    public SectionKind Kind => SectionKind.GeneralBudget;

    public void Parse(Section section, ParseContext context)
    {
        foreach (var paragraph in section.Lines.Where(l => !l.IsTableRow))
        {
            if (!CategoryReader.TryRead(context, paragraph, BudgetSource.GeneralPublicBudget))
                FigureReader.Read(context, paragraph, Labels);
        }
    }
}
