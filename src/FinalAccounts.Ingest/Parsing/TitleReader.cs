using System.Text.RegularExpressions;
using FinalAccounts.Data.Entities;

namespace FinalAccounts.Ingest.Parsing;

/// <summary>
/// Reads the title line ("重庆市万州区党政信息中心2021年度单位决算情况说明"): the unit's name, the year, the kind of
/// report (单位决算 or 部门决算), and the region the name begins with (重庆市万州区).
/// </summary>
internal static partial class TitleReader
{
    public static void Read(IReadOnlyList<Section> sections, ParseContext context)
    {
        var report = context.Report;
        var title = sections[0].Lines.FirstOrDefault(l => IsTitle(l.Text));
        if (title is not null)
        {
            report.Title = title.Text;
            var m = NameFirst().Match(title.Text);
            if (!m.Success) m = YearFirst().Match(title.Text);
            if (m.Success)
            {
                report.Year = int.Parse(m.Groups["year"].Value);
                var name = m.Groups["name"].Value.Trim();
                if (name.Length > 0) report.Unit.Name = name;
                report.Kind = m.Groups["kind"].Value == "部门" ? ReportKind.Department : ReportKind.Unit;
            }
        }

        // Without a title, the year the report speaks of is the first "20xx年度" it names.
        if (report.Year is null)
        {
            foreach (var line in sections.SelectMany(s => s.Lines))
            {
                if (FiscalYear().Match(line.Text) is not { Success: true } year) continue;
                report.Year = int.Parse(year.Groups["year"].Value);
                break;
            }
        }

        if (report.Unit.Name is { } unitName && Region().Match(unitName) is { Success: true } region)
            report.Unit.Region = region.Value;
    }

    /// <summary>A title names 决算 and is short; a paragraph that mentions "上年决算数" with amounts is none.</summary>
    private static bool IsTitle(string line) =>
        line.Length <= 60 && line.Contains("决算") && !line.Contains('\t') && !line.Contains("万元") && !line.Contains('。');

    [GeneratedRegex(@"^(?<name>[^\d]{2,60}?)(?<year>(?:19|20)\d{2})年度?(?<kind>单位|部门)?决算")]
    private static partial Regex NameFirst();

    [GeneratedRegex(@"^(?<year>(?:19|20)\d{2})年度?(?<name>[^\d]{2,60}?)(?<kind>单位|部门)?决算")]
    private static partial Regex YearFirst();

    [GeneratedRegex(@"(?<year>(?:19|20)\d{2})年度")]
    private static partial Regex FiscalYear();

    [GeneratedRegex(@"^[\u4E00-\u9FFF]{2,7}?(?:省|自治区|市)(?:[\u4E00-\u9FFF]{1,7}?(?:自治县|区|县|市|旗))?")]
    private static partial Regex Region();
}
