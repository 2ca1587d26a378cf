using System.Text;
using System.Text.RegularExpressions;

namespace FinalAccounts.Ingest.Text;

/// <summary>
/// Turns a report's text, as extracted from a PDF or an HTML page, into clean paragraphs and table rows:
/// characters folded (<see cref="CharacterFolder"/>), HTML tags, markdown table rules, page markers and chart
/// captions removed, LaTeX operators and pinyin glosses resolved, stray spaces and thousands separators dropped,
/// and paragraphs that the layout cut over several lines joined again. Every paragraph keeps the mapping to
/// the original 1-based line numbers.
/// </summary>
public static partial class TextNormaliser
{
    public static NormalisedText Normalise(string text)
    {
        var raw = SplitLines(text);
        var clean = new string[raw.Count];
        for (var i = 0; i < raw.Count; i++) clean[i] = NormaliseLine(raw[i]);

        var result = new List<NormalisedLine>();
        var starts = new List<int>();
        var lines = new List<int>();
        var builder = new StringBuilder();
        for (var i = 0; i < clean.Length; i++)
        {
            if (clean[i].Length == 0) continue;
            if (clean[i].Contains('\t'))
            {
                result.Add(new NormalisedLine(clean[i], [0], [i + 1]));
                continue;
            }

            builder.Clear().Append(clean[i]);
            starts.Clear();
            lines.Clear();
            starts.Add(0);
            lines.Add(i + 1);
            while (true)
            {
                var next = NextNonBlank(clean, i + 1);
                if (next < 0 || !ContinuesParagraph(clean[next])) break;
                if (EndsParagraph(builder, pieces: lines.Count) && !ContinuesSentences(builder, clean[next])) break;
                starts.Add(builder.Length);
                lines.Add(next + 1);
                builder.Append(clean[next]);
                i = next;
            }

            var paragraph = builder.ToString();
            if (lines.Count > 1 && paragraph.Contains(',')) paragraph = DropJoinedThousandsSeparators(paragraph, starts);
            result.Add(new NormalisedLine(paragraph, [.. starts], [.. lines]));
        }

        return new NormalisedText(result, raw.Count);
    }

    /// <summary>Normalises one original line on its own (no joining); blank lines, page markers and table rules become "".</summary>
    public static string NormaliseLine(string line)
    {
        var s = CharacterFolder.Fold(line);
        if (s.Contains('<') || s.Contains('&')) s = StripMarkup(s);
        if (s.Contains('\\')) s = LatexOperator().Replace(s, m => LatexSymbol(m.Groups[1].Value));
        if (s.Contains('('))
        {
            var source = s;
            s = PinyinGloss().Replace(s, m => KeepUnlessPinyin(m, source));
            s = ChartCaption().Replace(s, "");
        }

        if (TableRule().IsMatch(s) || PageMarker().IsMatch(s) || CaptionLine().IsMatch(s)) return "";
        s = DropStraySpaces(s);
        if (s.Contains(',')) s = ThousandsSeparator().Replace(s, m => m.Value.Replace(",", ""));
        return s.AsSpan().Trim('\t').IsEmpty ? "" : s;
    }

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n' && text[i] != '\r') continue;
            lines.Add(text[start..i]);
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            start = i + 1;
        }

        if (start < text.Length) lines.Add(text[start..]);
        return lines;
    }

    private static int NextNonBlank(string[] clean, int from)
    {
        for (var j = from; j < clean.Length; j++)
        {
            if (clean[j].Length > 0) return j;
        }

        return -1;
    }

    /// <summary>
    /// A paragraph is complete when it ends with sentence punctuation, or when it is a heading: a line that ends
    /// with a heading word such as 情况说明, or a short numbered title without punctuation or digits — a chapter
    /// or section title ("(一)主要职责"), or an item that names a division ("1.办公室"). Anything else was cut,
    /// including a numbered line cut inside a word or an amount ("(2)社会保障与就业支出41.6").
    /// </summary>
    private static bool EndsParagraph(StringBuilder paragraph, int pieces)
    {
        var last = paragraph[^1];
        if (last is '。' or '!' or ';' or ':' or '…') return true;
        if (pieces > 1) return false;

        var text = paragraph.ToString();
        var (level, _, contentStart) = Numbering.Read(text);
        var content = text.AsSpan(contentStart);
        if (content.IndexOfAny(",、;。") >= 0) return false;
        if (HeadingEnding().IsMatch(text)) return text.Length <= 45;
        if (level == NumberingLevel.None || content.Length > 20 || content.IndexOfAnyInRange('0', '9') >= 0) return false;
        return level is NumberingLevel.Chapter or NumberingLevel.Section || (content.Length >= 2 && OrganisationEnding().IsMatch(text));
    }

    /// <summary>
    /// A line that ended exactly at a full stop may still be followed by the rest of its paragraph: a sentence
    /// that opens with a comparison or a reason ("较年初预算增加…", "主要原因是…") has no subject of its own and
    /// never starts a paragraph.
    /// </summary>
    private static bool ContinuesSentences(StringBuilder paragraph, string next) =>
        paragraph[^1] is '。' or ';' && !IsHeading(paragraph) && SentenceContinuation().IsMatch(next);

    private static bool IsHeading(StringBuilder paragraph)
    {
        var text = paragraph.ToString();
        return text.Length <= 45 && HeadingEnding().IsMatch(text.TrimEnd('。'));
    }

    /// <summary>
    /// Thousands separators cut by a line break ("8," / "717.22万元") survive the per-line pass; they are dropped
    /// from the joined paragraph, moving the offsets where its pieces start.
    /// </summary>
    private static string DropJoinedThousandsSeparators(string paragraph, List<int> starts)
    {
        var matches = ThousandsSeparator().Matches(paragraph);
        if (matches.Count == 0) return paragraph;

        var dropped = new List<int>();
        foreach (Match m in matches)
        {
            for (var k = m.Index; k < m.Index + m.Length; k++)
            {
                if (paragraph[k] == ',') dropped.Add(k);
            }
        }

        var sb = new StringBuilder(paragraph.Length);
        var next = 0;
        for (var k = 0; k < paragraph.Length; k++)
        {
            if (next < dropped.Count && dropped[next] == k) next++;
            else sb.Append(paragraph[k]);
        }

        for (var j = 0; j < starts.Count; j++)
        {
            var start = starts[j];
            starts[j] -= dropped.Count(k => k < start);
        }

        return sb.ToString();
    }

    /// <summary>The next piece continues a cut paragraph unless it starts a new numbered item or is a heading.</summary>
    private static bool ContinuesParagraph(string next) =>
        !next.Contains('\t')
        && !Numbering.StartsWithNumbering(next)
        && !(next.Length <= 16 && HeadingEnding().IsMatch(next));

    private static string StripMarkup(string s)
    {
        s = HtmlTag().Replace(s, "");
        return s.Contains('&') ? HtmlEntity().Replace(s, m => m.Groups[1].Value switch
        {
            "nbsp" => " ",
            "amp" => "&",
            "lt" => "<",
            "gt" => ">",
            "quot" => "\"",
            var n when n.StartsWith('#') && int.TryParse(n.AsSpan(1), out var code) && code is > 0 and < 0xFFFF
                => CharacterFolder.Fold((char)code).ToString(),
            _ => m.Value,
        }) : s;
    }

    private static string LatexSymbol(string name) => name switch
    {
        "geq" or "ge" or "geqslant" => "≥",
        "leq" or "le" or "leqslant" => "≤",
        "neq" or "ne" => "≠",
        "gt" => ">",
        "lt" => "<",
        "%" => "%",
        _ => "×",
    };

    /// <summary>"萬(wàn)元": a bracket of pinyin right after a character is a reading aid, not text.</summary>
    private static string KeepUnlessPinyin(Match m, string source)
    {
        var syllable = m.Groups[1].Value;
        var toned = syllable.AsSpan().IndexOfAny("āáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜüê") >= 0;
        var end = m.Index + m.Length;
        var beforeCharacter = end < source.Length && IsHan(source[end]);
        return toned || beforeCharacter ? "" : m.Value;
    }

    /// <summary>Spaces carry no meaning in Chinese text: keep one only between two ASCII letters or digits.</summary>
    private static string DropStraySpaces(string s)
    {
        if (!s.Contains(' ')) return s;
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] != ' ')
            {
                sb.Append(s[i]);
                continue;
            }

            var j = i;
            while (j < s.Length && s[j] == ' ') j++;
            if (sb.Length > 0 && j < s.Length && char.IsAsciiLetterOrDigit(sb[^1]) && char.IsAsciiLetterOrDigit(s[j])) sb.Append(' ');
            i = j - 1;
        }

        return sb.ToString();
    }

    internal static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    [GeneratedRegex(@"<[A-Za-z/!][^<>]{0,200}>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"&(nbsp|amp|lt|gt|quot|#\d{1,5});")]
    private static partial Regex HtmlEntity();

    [GeneratedRegex(@"\$?\\(geqslant|leqslant|geq|leq|neq|ge|le|ne|gt|lt|times|%)(?![A-Za-z])\$?")]
    private static partial Regex LatexOperator();

    [GeneratedRegex(@"(?<=[\u4E00-\u9FFF])\(([a-zāáǎàōóǒòēéěèīíǐìūúǔùǖǘǚǜüê]{1,6}[1-5]?)\)")]
    private static partial Regex PinyinGloss();

    [GeneratedRegex(@"\(图\s*\d{1,2}[^()]{0,60}\)")]
    private static partial Regex ChartCaption();

    [GeneratedRegex(@"^\s*图\s*\d{1,2}\s*[:.、][^万%\t]{0,60}$")]
    private static partial Regex CaptionLine();

    [GeneratedRegex(@"^[\s|:]*-{2,}[\s|:\-]*$")]
    private static partial Regex TableRule();

    [GeneratedRegex(@"^\s*(?:[-—–~]{1,3}\s*\d{1,4}\s*[-—–~]{1,3}|第\s*\d{1,4}\s*页(?:\s*[,/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4})\s*$")]
    private static partial Regex PageMarker();

    // A thousands comma is followed by exactly three digits, then a decimal point, a unit or another group;
    // "7,086.30万元,支出总计" keeps the second comma, which separates clauses.
    [GeneratedRegex(@"(?<![\d.])\d{1,3}(?:,\d{3})+(?=\.\d|万|亿|元)")]
    private static partial Regex ThousandsSeparator();

    [GeneratedRegex(@"^(?:较|与上年|与年初|与\d{4}年|比上年|比年初|同比|其中|此外|另外|主要原因|主要是|原因是|收支较|收、支与|收支与|增长|增加|减少|下降|降低|持平)")]
    private static partial Regex SentenceContinuation();

    [GeneratedRegex(@"(?:情况说明|情况|说明|职责|内设机构|单位构成|部门构成|联系方式|自评表|名词解释|评价结果|自评结果|案例|事项)$")]
    private static partial Regex HeadingEnding();

    // Divisions and units are named with these endings (办公室, 外网管理科, 指挥中心…).
    [GeneratedRegex(@"(?:科|室|处|股|部|站|所|队|办|组|院|馆|局|中心|厅|委员会|协会|司)$")]
    private static partial Regex OrganisationEnding();
}
