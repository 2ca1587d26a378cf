using System.Text.RegularExpressions;
using FinalAccounts.Ingest.Text;

namespace FinalAccounts.Ingest.Parsing;

/// <summary>
/// Splits a normalised report into sections by their headings. Headings are recognised by their words, not their
/// numbers, because numbering varies ("一、", "(一)", "1.", "第一部分", none) and so do the words a little
/// ("部门" for "单位", "情况说明" or "情况"). A sub-heading that repeats the current section (the "(一)“三公”经费支出情况。"
/// that opens a paragraph) is content, and inside the glossary the numbered definitions are never headings.
/// </summary>
public static partial class SectionSplitter
{
    public static IReadOnlyList<Section> Split(NormalisedText text)
    {
        var sections = new List<Section>();
        var current = new Section(SectionKind.Preamble, null);
        sections.Add(current);
        foreach (var line in text.Lines)
        {
            var heading = line.IsTableRow ? null : ReadHeading(line.Text, current.Kind);
            if (heading is not { } h || h.Kind == current.Kind)
            {
                current.Lines.Add(line);
                continue;
            }

            current = new Section(h.Kind, line.Line);
            sections.Add(current);
            if (h.HasInlineContent) current.Lines.Add(line);
        }

        return sections;
    }

    /// <summary>The section a heading line opens, or null when the line is no section heading.</summary>
    public static (SectionKind Kind, bool HasInlineContent)? ReadHeading(string line, SectionKind current)
    {
        var (level, _, start) = Numbering.Read(line);
        if (current == SectionKind.Glossary && level is not (NumberingLevel.Chapter or NumberingLevel.None)) return null;

        var stop = line.IndexOf('。', start);
        var headingText = stop < 0 ? line.AsSpan(start) : line.AsSpan(start, stop - start);
        if (headingText.IsEmpty || headingText.Length > 40 || headingText.IndexOfAny(",;:%") >= 0) return null;
        if (level == NumberingLevel.None && (headingText.Length > 16 || stop >= 0 || headingText.IndexOfAnyInRange('0', '9') >= 0)) return null;

        var kind = Classify(headingText.ToString());
        if (kind is not { } k) return null;
        if (level is NumberingLevel.Item or NumberingLevel.SubItem
            && (k is < SectionKind.Totals or > SectionKind.StateCapital || !HeadingEnding().IsMatch(headingText.ToString())))
        {
            return null;
        }

        return (k, stop >= 0 && stop < line.Length - 1);
    }

    /// <summary>Names the section a heading text belongs to; the order of the tests matters (see the comments).</summary>
    public static SectionKind? Classify(string heading)
    {
        if (heading.Contains("名词解释")) return SectionKind.Glossary;
        if (heading.Contains("联系方式")) return SectionKind.Contact;
        if (OtherMattersWords().IsMatch(heading)) return SectionKind.OtherMatters;
        if (heading.Contains("三公")) return SectionKind.ThreePublicExpenses;
        if (heading.Contains("绩效")) return SectionKind.Performance;
        if (heading.Contains("基本情况")) return SectionKind.UnitProfile;
        // Before the general budget: "一般公共预算财政拨款基本支出" names both.
        if (heading.Contains("基本支出")) return SectionKind.BasicExpenditure;
        // Before fiscal appropriations: "一般公共预算财政拨款收入支出" contains "财政拨款收入支出".
        if (GeneralBudgetWords().IsMatch(heading)) return SectionKind.GeneralBudget;
        if (heading.Contains("政府性基金")) return SectionKind.GovernmentFund;
        if (heading.Contains("国有资本经营")) return SectionKind.StateCapital;
        if (FiscalAppropriationWords().IsMatch(heading)) return SectionKind.FiscalAppropriations;
        if (TotalsWords().IsMatch(heading)) return SectionKind.Totals;
        if (AccountsChapterWords().IsMatch(heading)) return SectionKind.AccountsChapter;
        return null;
    }

    [GeneratedRegex("其他需要说明|其他重要事项|其他事项")]
    private static partial Regex OtherMattersWords();

    [GeneratedRegex("一般公共预算(?:财政拨款)?(?:收入)?(?:支出|收支)")]
    private static partial Regex GeneralBudgetWords();

    [GeneratedRegex("财政拨款(?:收入支出|收支|收入和支出)")]
    private static partial Regex FiscalAppropriationWords();

    [GeneratedRegex("(?:收入支出|收支|收入和支出)(?:决算)?总体情况")]
    private static partial Regex TotalsWords();

    [GeneratedRegex("决算(?:情况)?说明|决算情况$")]
    private static partial Regex AccountsChapterWords();

    [GeneratedRegex("(?:情况|说明)$")]
    private static partial Regex HeadingEnding();
}
