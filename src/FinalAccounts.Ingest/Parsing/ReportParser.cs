using System.Security.Cryptography;
using FinalAccounts.Ingest.Model;
using FinalAccounts.Ingest.Text;

namespace FinalAccounts.Ingest.Parsing;

/// <summary>
/// Turns one published report into the hub model <see cref="Report"/>. It reads what a report states and never
/// fixes it: what cannot be read becomes a <see cref="ParseWarning"/> with its line, absent sections are listed
/// in <see cref="Report.MissingSections"/>, and only a document that is not a report at all is refused.
/// </summary>
public static class ReportParser
{
    private static readonly ISectionParser[] Parsers =
    [
        new PreambleParser(),
        new UnitProfileParser(),
        new TotalsParser(),
        new FiscalAppropriationsParser(),
        new GeneralBudgetParser(),
        new BasicExpenditureParser(),
        new GovernmentFundParser(),
        new StateCapitalParser(),
        new ThreePublicExpensesParser(),
        new OtherMattersParser(),
        new PerformanceParser(),
        new ContactParser(),
    ];

    /// <summary>
    /// Decodes the bytes (UTF-8 with or without BOM, UTF-16 with BOM, else GB18030), hashes them (SHA-256,
    /// lowercase hex) and parses the text.
    /// </summary>
    /// <exception cref="ReportFormatException">The bytes are unreadable or are not a report.</exception>
    public static Report Parse(string fileName, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var text = TextDecoder.Decode(fileName, bytes);
        return Parse(fileName, text, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    /// <exception cref="ReportFormatException">
    /// The text is empty, binary, or has no recognisable final-accounts content (no 决算 title, no section
    /// heading, no figure).
    /// </exception>
    public static Report Parse(string fileName, string text, string sha256)
    {
        ArgumentNullException.ThrowIfNull(text);
        DocumentGuard.EnsureText(fileName, text);

        var normalised = TextNormaliser.Normalise(text);
        var sections = SectionSplitter.Split(normalised);
        var report = new Report { FileName = fileName, Sha256 = sha256, LineCount = normalised.OriginalLineCount };
        var context = new ParseContext(report);

        TitleReader.Read(sections, context);
        foreach (var section in sections)
        {
            foreach (var parser in Parsers)
            {
                if (parser.Kind == section.Kind) parser.Parse(section, context);
            }
        }

        var present = sections.Select(s => StandardSections.HeadingOf(s.Kind)).ToHashSet();
        report.MissingSections.AddRange(StandardSections.Headings.Where(h => !present.Contains(h)));

        if (report.Title is null && report.MissingSections.Count == StandardSections.Headings.Count
            && report.Figures.Count == 0 && report.Categories.Count == 0 && report.Projects.Count == 0)
        {
            var first = normalised.Lines.FirstOrDefault();
            var excerpt = first is null ? "no text" : $"'{Excerpt(first.Text)}'";
            throw new ReportFormatException(fileName, first?.Line, "a final-accounts report (a 决算 title, section headings or figures)", excerpt);
        }

        return report;
    }

    private static string Excerpt(string text) => text.Length <= 30 ? text : text[..30] + "…";
}
