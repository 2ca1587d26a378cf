using System.Text.RegularExpressions;

namespace FinalAccounts.Ingest.Text;

/// <summary>Reads the numbering in front of a heading or list item ("一、", "(一)", "1.", "(1)", "①", "第一部分").</summary>
public static partial class Numbering
{
    /// <summary>Reads the numbering at the start of <paramref name="text"/> (already normalised).</summary>
    /// <returns>The level (None when the text is not numbered), the ordinal, and where the text after the numbering starts.</returns>
    public static (NumberingLevel Level, int Ordinal, int ContentStart) Read(string text)
    {
        var m = NumberingPattern().Match(text);
        if (!m.Success) return (NumberingLevel.None, 0, 0);

        var end = m.Length;
        while (end < text.Length && text[end] == ' ') end++;

        if (m.Groups["chapter"].Success) return (NumberingLevel.Chapter, ChineseNumeral(m.Groups["chapter"].Value), end);
        if (m.Groups["part"].Success) return (NumberingLevel.Chapter, ChineseNumeral(m.Groups["part"].Value), end);
        if (m.Groups["section"].Success) return (NumberingLevel.Section, ChineseNumeral(m.Groups["section"].Value), end);
        if (m.Groups["item"].Success) return (NumberingLevel.Item, int.Parse(m.Groups["item"].Value), end);
        if (m.Groups["sub"].Success) return (NumberingLevel.SubItem, int.Parse(m.Groups["sub"].Value), end);
        return (NumberingLevel.SubItem, m.Groups["circled"].Value[0] - '①' + 1, end);
    }

    public static bool StartsWithNumbering(string text) => Read(text).Level != NumberingLevel.None;

    /// <summary>Value of a Chinese numeral from 一 to 九十九 (十, 十一, 二十三…); 0 when it is not one.</summary>
    public static int ChineseNumeral(string text)
    {
        const string digits = "零一二三四五六七八九";
        var tens = text.IndexOf('十');
        if (tens < 0) return text.Length == 1 ? Math.Max(0, digits.IndexOf(text[0])) : 0;
        var high = tens == 0 ? 1 : digits.IndexOf(text[0]);
        var low = tens == text.Length - 1 ? 0 : digits.IndexOf(text[tens + 1]);
        return high < 0 || low < 0 ? 0 : high * 10 + low;
    }

    // A numbered item is "1." or "1、" not followed by a digit, so an amount cut as "49.5万元" never reads as item 49.
    [GeneratedRegex(@"^(?:(?<chapter>[一二三四五六七八九十]{1,3})[、.]|第(?<part>[一二三四五六七八九十]{1,3})(?:部分|章)|\((?<section>[一二三四五六七八九十]{1,3})\)|(?<item>\d{1,2})[.、](?!\d)|\((?<sub>\d{1,2})\)|(?<circled>[①-⑳]))")]
    private static partial Regex NumberingPattern();
}
