using FinalAccounts.Ingest.Model;
using FinalAccounts.Ingest.Parsing;

namespace FinalAccounts.Ingest.Tests.Parsing;

/// <summary>
/// Small made-up reports for the phrasing variants: a title on line 1, then the given blocks separated by blank
/// lines, as PDF extractions have them; block n (from 1) starts on line 1 + 2n.
/// </summary>
internal static class SampleReport
{
    public const string Title = "重庆市示范区示范中心2023年度单位决算情况说明";

    public static string Text(params string[] blocks) => Title + "\n\n" + string.Join("\n\n", blocks) + "\n";

    public static Report Parse(params string[] blocks) => ReportParser.Parse("sample.txt", Text(blocks), "0");

    /// <summary>The paragraph as section (一) of chapter 二; it starts on line 7.</summary>
    public static Report Totals(string paragraph) => Parse("二、部门决算情况说明", "(一)收入支出决算总体情况说明", paragraph);

    /// <summary>The paragraph as section (三), the general budget; it starts on line 7.</summary>
    public static Report GeneralBudget(string paragraph) => Parse("二、部门决算情况说明", "(三)一般公共预算财政拨款支出决算情况说明", paragraph);
}
