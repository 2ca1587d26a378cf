using System.Text.RegularExpressions;
using FinalAccounts.Ingest.Model;
using FinalAccounts.Ingest.Text;

namespace FinalAccounts.Ingest.Parsing;

/// <summary>
/// 一、单位基本情况: the opening sentence (supervising department, funding type, kind, welfare class, purpose),
/// (一)主要职责 (numbered duties), (二)内设机构 (each division and its duties) and (三)单位构成 (budget level,
/// supervising department, subordinate units).
/// </summary>
internal sealed partial class UnitProfileParser : ISectionParser
{
    private enum Part { Opening, Duties, Divisions, Other }

    public SectionKind Kind => SectionKind.UnitProfile;

    public void Parse(Section section, ParseContext context)
    {
        var unit = context.Report.Unit;
        var part = Part.Opening;
        foreach (var paragraph in section.Lines.Where(l => !l.IsTableRow))
        {
            var text = paragraph.Text;
            var (level, ordinal, start) = Numbering.Read(text);
            if (level is NumberingLevel.Section or NumberingLevel.Chapter && text.Length - start <= 12)
            {
                part = text.Contains("职责") ? Part.Duties : text.Contains("机构") ? Part.Divisions : Part.Other;
                continue;
            }

            ReadComposition(unit, text);
            switch (part)
            {
                case Part.Opening:
                    if (unit.Line is null) ReadOpening(unit, text, paragraph.Line);
                    break;
                case Part.Duties when level == NumberingLevel.Item:
                    unit.Duties.Add(new StatedDuty(ordinal, text[start..], paragraph.Line));
                    break;
                case Part.Duties when unit.Duties.Count > 0:
                    unit.Duties[^1] = unit.Duties[^1] with { Text = unit.Duties[^1].Text + text };
                    break;
                case Part.Divisions when level == NumberingLevel.Item:
                    unit.Divisions.Add(Division(ordinal, text[start..], paragraph.Line));
                    break;
                case Part.Divisions when unit.Divisions.Count > 0:
                    var last = unit.Divisions[^1];
                    unit.Divisions[^1] = last with { Duties = last.Duties is null ? text : last.Duties + text };
                    break;
            }
        }
    }

    /// <summary>"1.办公室" alone, or "1.办公室:负责…" with its duties inline.</summary>
    private static StatedDivision Division(int ordinal, string content, int line)
    {
        var cut = content.AsSpan().IndexOfAny(":。,");
        if (cut is > 0 and <= 20) return new StatedDivision(ordinal, content[..cut], NullIfEmpty(content[(cut + 1)..]), line);
        return new StatedDivision(ordinal, content, null, line);
    }

    private static void ReadOpening(UnitProfile unit, string text, int line)
    {
        var kind = UnitKind().Match(text);
        var welfare = WelfareClass().Match(text);
        var purpose = Purpose().Match(text);
        if (!kind.Success && !welfare.Success && !purpose.Success) return;

        unit.Line = line;
        if (kind.Success)
        {
            unit.Kind ??= kind.Groups["kind"].Value;
            if (kind.Groups["funding"].Success) unit.FundingType ??= kind.Groups["funding"].Value;
        }

        if (welfare.Success) unit.WelfareClass ??= welfare.Value;
        if (purpose.Success) unit.Purpose ??= purpose.Groups["p"].Value;
        if (ManagedBy().Match(text) is { Success: true } managed) unit.SupervisingDepartment ??= managed.Groups["dept"].Value;
    }

    private static void ReadComposition(UnitProfile unit, string text)
    {
        if (BudgetLevel().Match(text) is { Success: true } level) unit.BudgetLevel ??= level.Value;
        // The explicit statement wins over the "为…管理的" of the opening sentence.
        if (Supervisor().Match(text) is { Success: true } supervisor) unit.SupervisingDepartment = supervisor.Groups["dept"].Value;
        if (NoSubordinates().IsMatch(text)) unit.SubordinateUnits ??= "无";
        else if (Subordinates().Match(text) is { Success: true } subordinates) unit.SubordinateUnits ??= subordinates.Groups["units"].Value;
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    [GeneratedRegex("(?<funding>全额拨款|差额拨款|差额补助|定额补助|自收自支)?(?<kind>参照公务员法管理的事业单位|参公事业单位|事业单位|行政单位|行政机关)")]
    private static partial Regex UnitKind();

    [GeneratedRegex("公益[一二三]类")]
    private static partial Regex WelfareClass();

    [GeneratedRegex("宗旨(?:是|为)?:?(?<p>[^。]+)")]
    private static partial Regex Purpose();

    [GeneratedRegex("为(?<dept>[^,。为]{4,40}?)(?:管理|主管|直属|下属|所属)的")]
    private static partial Regex ManagedBy();

    [GeneratedRegex("[一二三四五]级预算单位")]
    private static partial Regex BudgetLevel();

    [GeneratedRegex("主管部门(?:是|为|:)(?<dept>[^,。;]+)")]
    private static partial Regex Supervisor();

    [GeneratedRegex("(?:无|没有)下级(?:预算)?单位")]
    private static partial Regex NoSubordinates();

    [GeneratedRegex("下级(?:预算)?单位(?:有|包括|为|:)(?<units>[^。]+)")]
    private static partial Regex Subordinates();
}
