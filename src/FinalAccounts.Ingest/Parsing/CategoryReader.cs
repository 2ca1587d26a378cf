using System.Globalization;
using System.Text.RegularExpressions;
using FinalAccounts.Data.Codebooks;
using FinalAccounts.Data.Entities;
using FinalAccounts.Ingest.Model;
using FinalAccounts.Ingest.Text;

namespace FinalAccounts.Ingest.Parsing;

/// <summary>
/// Reads a "by functional category" line: "(1)一般公共服务支出774.33万元,占88.4%,较年初预算数增加115.05万元,
/// 增长17.5%,主要原因是…". A numbered line names any category (one the codebook lacks is kept as stated);
/// an unnumbered one counts only when the codebook knows the name.
/// </summary>
internal static partial class CategoryReader
{
    /// <summary>Reads <paramref name="paragraph"/> as a category line; false when it is none.</summary>
    public static bool TryRead(ParseContext context, NormalisedLine paragraph, BudgetSource source)
    {
        var match = CategoryLine().Match(paragraph.Text);
        if (!match.Success) return false;

        var name = match.Groups["name"].Value.Replace("(类)", "");
        var numbered = match.Groups["num"].Success;
        if (NotACategory().IsMatch(name)) return false;
        if (FunctionalClassification.Match(name) is null && !(numbered && CategoryEnding().IsMatch(name))) return false;

        var figure = new StatedFigure
        {
            Amount = Amount.ToTenThousandYuan(decimal.Parse(match.Groups["amount"].Value, CultureInfo.InvariantCulture), match.Groups["unit"].Value),
            Line = paragraph.LineAt(match.Groups["amount"].Index),
        };
        FigureReader.Read(context, paragraph, LabelTable.Empty, match.Length, figure);

        context.Report.Categories.Add(new StatedCategory
        {
            Ordinal = context.Report.Categories.Count(c => c.BudgetSource == source) + 1,
            StatedName = name,
            BudgetSource = source,
            Amount = figure.Amount,
            SharePercent = figure.SharePercent,
            BudgetChangeAmount = figure.BudgetChangeAmount,
            BudgetChangePercent = figure.BudgetChangePercent,
            Reason = figure.Reason,
            Line = figure.Line,
        });
        return true;
    }

    [GeneratedRegex(@"^(?<num>\(\d{1,2}\)|\d{1,2}[.、](?!\d)|[①-⑳])?(?<name>[\u4E00-\u9FFF“”()]{2,30}?)(?:为|是|:)?(?<amount>\d+(?:\.\d+)?)(?<unit>万元|亿元|元|万)")]
    private static partial Regex CategoryLine();

    [GeneratedRegex("(?:支出|费)$")]
    private static partial Regex CategoryEnding();

    // Totals and economic kinds that a numbered list may also carry; they are figures, not functional categories.
    [GeneratedRegex("财政拨款|合计|总计|年度|^(?:基本支出|项目支出|人员经费|公用经费|收入|支出)$")]
    private static partial Regex NotACategory();
}
