namespace FinalAccounts.Synthetic.Rendering;

/// <summary>
/// How damaged and varied a rendered report is: each quirk of real reports (domain.md, "Text quirks")
/// happens at its own rate, a probability from 0 (never) to 1 (wherever it can). Rates apply per line,
/// per figure, per table row or per report, as each property says.
/// </summary>
public sealed record RenderQuirks
{
    /// <summary>Per line: full-width punctuation (，；：（）％) folded to ASCII.</summary>
    public double FoldedPunctuation { get; init; }
    /// <summary>Per line: spaces around figures ("871.82 万元"); per percent: a space before % ("3.8 %").</summary>
    public double StraySpaces { get; init; }
    /// <summary>Per amount of 1,000 or more: thousands separators ("7,086.30").</summary>
    public double ThousandsSeparators { get; init; }
    /// <summary>Per separated amount: a space after the separator ("1, 537.40").</summary>
    public double BrokenThousands { get; init; }
    /// <summary>Per zero amount: written as a bare 0 ("0 万元").</summary>
    public double IntegerZeros { get; init; }
    /// <summary>Per paragraph: the line broken by a page break somewhere inside, words and figures included.</summary>
    public double BrokenLines { get; init; }
    /// <summary>Per indicator row: the name broken across a page break ("当年" / "建设任务完成率").</summary>
    public double BrokenRows { get; init; }
    /// <summary>Per table: headers broken into pieces ("全年(调整)预算" + "数"), rows drifting a column.</summary>
    public double BrokenHeaders { get; init; }
    /// <summary>Per paragraph break: a page marker ("—10—", "- 3 -").</summary>
    public double PageMarkers { get; init; }
    /// <summary>Per indicator row: LaTeX operators (\geq, \leq) instead of ≥, ≤.</summary>
    public double LatexOperators { get; init; }
    /// <summary>Per fall: 减少 or 降低 instead of 下降 for the percent.</summary>
    public double FallWording { get; init; }
    /// <summary>Per change of zero: 持平 instead of "增加0.00万元，增长0%".</summary>
    public double FlatWording { get; init; }
    /// <summary>Per report: the combined sentence "收、支总计均为A万元。收、支与上年度相比，…".</summary>
    public double CombinedTotals { get; init; }
    /// <summary>Per report: traditional characters (決算, 財政撥款, 萬元).</summary>
    public double TraditionalCharacters { get; init; }
    /// <summary>Per optional section: the section left out, later sections renumbered.</summary>
    public double MissingSections { get; init; }

    /// <summary>A clean report in the template of the real one.</summary>
    public static RenderQuirks None { get; } = new();

    /// <summary>Every quirk at the same rate.</summary>
    public static RenderQuirks All(double rate) => new()
    {
        FoldedPunctuation = rate, StraySpaces = rate, ThousandsSeparators = rate, BrokenThousands = rate,
        IntegerZeros = rate, BrokenLines = rate, BrokenRows = rate, BrokenHeaders = rate, PageMarkers = rate,
        LatexOperators = rate, FallWording = rate, FlatWording = rate, CombinedTotals = rate,
        TraditionalCharacters = rate, MissingSections = rate,
    };

    /// <summary>Names and rates of the quirks that are on, for messages that must say how a text was made.</summary>
    public override string ToString() =>
        string.Join(", ", typeof(RenderQuirks).GetProperties()
            .Where(p => p.PropertyType == typeof(double))
            .Select(p => (p.Name, Rate: (double)p.GetValue(this)!))
            .Where(p => p.Rate > 0)
            .Select(p => $"{p.Name}={p.Rate:0.###}"));
}
