using static FinalAccounts.Data.Entities.Metric;

namespace FinalAccounts.Ingest.Parsing;

/// <summary>(二)财政拨款收入支出决算总体情况: one total for fiscal appropriations, income and expenditure alike.</summary>
internal sealed class FiscalAppropriationsParser : ISectionParser
{
    private static readonly LabelTable Labels = new(
        new("财政拨款收、支总计|财政拨款收支总计|财政拨款收入支出总计|财政拨款收入和支出总计|财政拨款收入总计|财政拨款支出总计", FiscalAppropriationTotal),
        new("财政拨款(?:收入|支出)|收、支总计|收支总计", FiscalAppropriationTotal),
        new($"{LabelRule.Bare}(?:收、支|收支)", FiscalAppropriationTotal));

    public SectionKind Kind => SectionKind.FiscalAppropriations;

    public void Parse(Section section, ParseContext context)
    {
        foreach (var paragraph in section.Lines.Where(l => !l.IsTableRow)) FigureReader.Read(context, paragraph, Labels);
    }
}
