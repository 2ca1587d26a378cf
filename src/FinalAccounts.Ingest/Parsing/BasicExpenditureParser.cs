using static FinalAccounts.Data.Entities.Metric;

namespace FinalAccounts.Ingest.Parsing;

/// <summary>(四)一般公共预算财政拨款基本支出: basic expenditure split into personnel and operating expenses.</summary>
internal sealed class BasicExpenditureParser : ISectionParser
{
    public static IReadOnlyList<LabelRule> Rules { get; } =
    [
        new("(?:一般公共预算)?(?:财政拨款)?基本支出(?:合计|总计)?", GeneralBudgetBasicExpenditure),
        new("人员经费(?:支出)?", PersonnelExpenses),
        new("公用经费(?:支出)?", OperatingExpenses),
    ];

    private static readonly LabelTable Labels = new([.. Rules]);

    public SectionKind Kind => SectionKind.BasicExpenditure;

    public void Parse(Section section, ParseContext context)
    {
        foreach (var paragraph in section.Lines.Where(l => !l.IsTableRow)) FigureReader.Read(context, paragraph, Labels);
    }
}
