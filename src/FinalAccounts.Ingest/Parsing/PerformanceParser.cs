using System.Globalization;
using System.Text.RegularExpressions;
using FinalAccounts.Data.Entities;
using FinalAccounts.Ingest.Text;
using static FinalAccounts.Data.Entities.Metric;

namespace FinalAccounts.Ingest.Parsing;

/// <summary>
/// 五、预算绩效管理情况: how many projects were self-evaluated and the funds they cover, third-party evaluations,
/// the stated conclusion, and the self-evaluation tables (read by <see cref="ProjectTableReader"/>).
/// </summary>
internal sealed partial class PerformanceParser : ISectionParser
{
    public SectionKind Kind => SectionKind.Performance;

    public void Parse(Section section, ParseContext context)
    {
        var report = context.Report;
        var conclusionFollows = false;
        foreach (var paragraph in section.Lines.Where(l => !l.IsTableRow))
        {
            var text = paragraph.Text;
            if (conclusionFollows && !Numbering.StartsWithNumbering(text))
            {
                report.PerformanceConclusion ??= text;
                conclusionFollows = false;
                continue;
            }

            conclusionFollows = ConclusionHeading().IsMatch(text) && text.Length <= 30;
            if (conclusionFollows) continue;

            foreach (var clause in text.Split(';', '。'))
            {
                var line = paragraph.LineAt(Math.Max(0, text.IndexOf(clause, StringComparison.Ordinal)));
                if (clause.Contains("第三方"))
                {
                    if (Count().Match(clause) is { Success: true } count) report.ThirdPartyEvaluations ??= int.Parse(count.Groups["n"].Value);
                    if (Funds().Match(clause) is { Success: true } funds) StateFunds(context, ThirdPartyEvaluatedFunds, funds, line);
                }
                else if (clause.Contains("自评"))
                {
                    if (Projects().Match(clause) is { Success: true } projects) report.SelfEvaluatedProjects ??= int.Parse(projects.Groups["n"].Value);
                    else if (Count().Match(clause) is { Success: true } count && clause.Contains("开展自评")) report.SelfEvaluatedProjects ??= int.Parse(count.Groups["n"].Value);
                    if (Funds().Match(clause) is { Success: true } funds) StateFunds(context, SelfEvaluatedFunds, funds, line);
                }
            }
        }

        ProjectTableReader.Read(section.Lines, context);
    }

    private static void StateFunds(ParseContext context, Metric metric, Match funds, int line)
    {
        if (context.Figure(metric) is not null) return;
        var amount = Amount.ToTenThousandYuan(decimal.Parse(funds.Groups["n"].Value, CultureInfo.InvariantCulture), funds.Groups["u"].Value);
        context.State(metric, amount, line);
    }

    [GeneratedRegex(@"对(?<n>\d+)个项目开展(?:了)?(?:绩效)?自评")]
    private static partial Regex Projects();

    [GeneratedRegex(@"(?<n>\d+)(?:项|个项目)")]
    private static partial Regex Count();

    [GeneratedRegex(@"涉及(?:项目)?资金(?:共计|合计|为)?(?<n>\d+(?:\.\d+)?)(?<u>万元|亿元|元|万)")]
    private static partial Regex Funds();

    [GeneratedRegex("绩效自评结果的说明|自评结果说明|绩效评价结论")]
    private static partial Regex ConclusionHeading();
}
