using static FinalAccounts.Data.Entities.Metric;

namespace FinalAccounts.Ingest.Parsing;

/// <summary>
/// Text before the first heading. In a whole report that is the title; in a page that starts mid-report it is
/// content whose section is unknown, so only labels that keep their meaning outside their section are read.
/// </summary>
internal sealed class PreambleParser : ISectionParser
{
    private static readonly LabelTable Labels = new(
    [
        .. GeneralBudgetParser.QualifiedRules,
        .. GovernmentFundParser.QualifiedRules,
        new("一般公共预算(?:财政拨款)?基本支出", GeneralBudgetBasicExpenditure),
        new("人员经费(?:支出)?", PersonnelExpenses),
        new("公用经费(?:支出)?", OperatingExpenses),
        new("财政拨款收、支总计|财政拨款收支总计", FiscalAppropriationTotal),
        .. TotalsParser.QualifiedRules,
        .. ThreePublicExpensesParser.Rules,
        .. OtherMattersParser.QualifiedRules,
    ]);

    public SectionKind Kind => SectionKind.Preamble;

    public void Parse(Section section, ParseContext context)
    {
        foreach (var paragraph in section.Lines.Where(l => !l.IsTableRow && l.Text != context.Report.Title))
            FigureReader.Read(context, paragraph, Labels);

        ProjectTableReader.Read(section.Lines, context);
    }
}
