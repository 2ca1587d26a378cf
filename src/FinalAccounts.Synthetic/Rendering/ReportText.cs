using System.Globalization;
using System.Text;
using Bogus;

namespace FinalAccounts.Synthetic.Rendering;

/// <summary>
/// The text of one report being written: lines, paragraph by paragraph and row by row, with figures
/// formatted and damaged as the quirks say. One instance per rendering; all randomness comes from
/// its seeded randomizer, in writing order.
/// </summary>
internal sealed class ReportText(RenderQuirks quirks, Randomizer random)
{
    private static readonly (string Wide, string Narrow)[] Punctuation = [("，", ","), ("；", ";"), ("：", ":"), ("（", "("), ("）", ")"), ("％", "%")];

    private readonly List<string> lines = [];
    private readonly bool fullWidthPercent = random.Double() < quirks.FoldedPunctuation / 2;
    private bool spaced;
    private int page = 1;

    public RenderQuirks Quirks => quirks;

    public bool Chance(double rate) => rate > 0 && random.Double() < rate;

    public T Pick<T>(params T[] items) => random.ArrayElement(items);

    /// <summary>A paragraph of prose: one line, maybe spaced around figures, folded, broken by a page break.</summary>
    public void Paragraph(Func<ReportText, string> compose)
    {
        spaced = Chance(quirks.StraySpaces);
        var text = Clean(compose(this));
        spaced = false;
        text = Fold(text);
        // A break never falls inside the list marker that opens a paragraph ("（1）", "2."), which no page layout splits.
        if (text.Length > 6 && Chance(quirks.BrokenLines))
        {
            var at = random.Int(4, text.Length - 1);
            Blank();
            lines.Add(text[..at]);
            Blank();
            if (Chance(0.5)) PageMarker();
            lines.Add(text[at..]);
        }
        else
        {
            Blank();
            lines.Add(text);
        }
        if (Chance(quirks.PageMarkers)) PageMarker();
    }

    /// <summary>A heading line: never spaced or broken, but folded like any line.</summary>
    public void Heading(string text)
    {
        Blank();
        lines.Add(Fold(text));
    }

    /// <summary>A table row: cells separated by tabs, no blank line before it.</summary>
    public void Row(params string?[] cells) => lines.Add(Fold(string.Join('\t', cells.Select(c => c ?? ""))));

    public void Blank()
    {
        if (lines.Count > 0 && lines[^1].Length > 0) lines.Add("");
    }

    public void PageMarker()
    {
        Blank();
        lines.Add(Pick("—{0}—", "- {0} -", "－{0}－").Replace("{0}", (page++).ToString(CultureInfo.InvariantCulture)));
        lines.Add("");
    }

    /// <summary>An amount in 万元 with two decimals; damaged by spaces, separators or a bare 0 as the quirks say.</summary>
    public string Amount(decimal value)
    {
        string text;
        if (value == 0 && Chance(quirks.IntegerZeros)) text = "0";
        else if (Math.Abs(value) >= 1000 && Chance(quirks.ThousandsSeparators))
        {
            text = value.ToString("#,##0.00", CultureInfo.InvariantCulture);
            if (Chance(quirks.BrokenThousands)) text = text.Replace(",", ", ");
        }
        else text = value.ToString("0.00", CultureInfo.InvariantCulture);
        return spaced ? $" {text} " : text;
    }

    /// <summary>A percentage as stated (765.6, 9.0, 100), without its sign.</summary>
    public string Percent(decimal value)
    {
        var text = Math.Abs(value).ToString(CultureInfo.InvariantCulture);
        var sign = fullWidthPercent ? "％" : "%";
        text += Chance(quirks.StraySpaces / 2) ? " " + sign : sign;
        return spaced ? " " + text : text;
    }

    /// <summary>A whole number in prose (a year, a count).</summary>
    public string Count(int value) => Figure(value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Any other number in prose, spaced like the figures of its line.</summary>
    public string Figure(string number) => spaced ? $" {number} " : number;

    /// <summary>The text so far, lines joined, in traditional characters when <paramref name="traditional"/> is set.</summary>
    public string ToText(bool traditional)
    {
        var builder = new StringBuilder();
        foreach (var line in lines) builder.Append(line).Append('\n');
        var text = builder.ToString();
        return traditional ? TraditionalScript.Convert(text) : text;
    }

    /// <summary>Spaced figures leave doubled spaces and spaces at the edges of punctuation; real extractions do not.</summary>
    private static string Clean(string text)
    {
        while (text.Contains("  ", StringComparison.Ordinal)) text = text.Replace("  ", " ", StringComparison.Ordinal);
        foreach (var mark in new[] { "，", "。", "；", "：", "、", "（", "）", "“", "”" })
            text = text.Replace(" " + mark, mark, StringComparison.Ordinal).Replace(mark + " ", mark, StringComparison.Ordinal);
        return text.Trim();
    }

    private string Fold(string text)
    {
        if (!Chance(quirks.FoldedPunctuation)) return text;
        foreach (var (wide, narrow) in Punctuation) text = text.Replace(wide, narrow, StringComparison.Ordinal);
        return text;
    }
}
