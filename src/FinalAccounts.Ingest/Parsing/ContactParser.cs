using System.Text.RegularExpressions;

namespace FinalAccounts.Ingest.Parsing;

/// <summary>
/// 七、决算公开联系方式: the unit's public disclosure line, a fixed-line number with area code (023-58258372).
/// Only fixed-line numbers are read, so a personal mobile number can never be taken for it.
/// </summary>
internal sealed partial class ContactParser : ISectionParser
{
    public SectionKind Kind => SectionKind.Contact;

    public void Parse(Section section, ParseContext context)
    {
        foreach (var paragraph in section.Lines.Where(l => !l.IsTableRow))
        {
            if (PublicLine().Match(paragraph.Text) is not { Success: true } phone) continue;
            context.Report.Unit.ContactPhone ??= phone.Value;
            return;
        }
    }

    [GeneratedRegex(@"(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)")]
    private static partial Regex PublicLine();
}
