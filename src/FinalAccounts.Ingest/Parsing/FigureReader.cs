using System.Globalization;
using System.Text.RegularExpressions;
using FinalAccounts.Data.Entities;
using FinalAccounts.Ingest.Model;
using FinalAccounts.Ingest.Text;

namespace FinalAccounts.Ingest.Parsing;

/// <summary>
/// Reads the figures of one paragraph: a label followed by an amount states a figure; the changes, shares and
/// reasons that follow are attached to the figure(s) they speak of.
/// <list type="bullet">
/// <item>A change right after a figure ("支出6078.90万元,较上年决算数增加…") belongs to that figure.</item>
/// <item>A change in a new sentence ("…支出总计A万元。收支较上年决算数增加…"), or after "各", or after a subject
/// named again without an amount ("财政拨款收、支总计各增加…"), belongs to the whole group of figures stated together.</item>
/// <item>"较年初预算(数)…" makes the change one against the initial budget; otherwise it is against the previous year.
/// A change that continues the previous one ("增加B万元,增长C%") keeps its kind and figures.</item>
/// <item>"主要原因…" is the reason of the figures the last change was about; its text is never searched for
/// figures, so an amount inside a reason ("垫付资金5300万") is not a figure.</item>
/// <item>"其中"/"此外" and a new figure after a change start a new group.</item>
/// </list>
/// </summary>
internal sealed partial class FigureReader
{
    private readonly ParseContext _context;
    private readonly NormalisedLine _paragraph;
    private readonly string _text;
    private readonly LabelTable _table;

    private List<StatedFigure> _group = [];
    private bool _groupOpen;
    private StatedFigure? _last;
    private List<StatedFigure>? _subject;
    private bool _sentenceEnded;
    private List<StatedFigure>? _changeTargets;
    private bool _changeAgainstBudget;
    private int _eventEnd;

    private FigureReader(ParseContext context, NormalisedLine paragraph, LabelTable table)
    {
        _context = context;
        _paragraph = paragraph;
        _text = paragraph.Text;
        _table = table;
    }

    /// <summary>Reads the figures of <paramref name="paragraph"/> from <paramref name="start"/> on.</summary>
    /// <param name="seed">A figure already read at the start (a category's amount) that the rest of the text speaks of.</param>
    public static void Read(ParseContext context, NormalisedLine paragraph, LabelTable table, int start = 0, StatedFigure? seed = null)
    {
        var reader = new FigureReader(context, paragraph, table) { _eventEnd = start };
        if (seed is not null)
        {
            reader._last = seed;
            reader._group = [seed];
            reader._groupOpen = true;
        }

        reader.Run(start);
    }

    private void Run(int position)
    {
        while (position < _text.Length)
        {
            var match = _table.Match(_text, position);
            if (!match.Success) return;

            var after = match.Index + match.Length;
            var groups = match.Groups;
            if (_table.RuleOf(match) is { } rule) position = OnLabel(rule, match.Index, after);
            else if (groups[_table.ChangeGroup].Success) position = OnChange(match.Value, match.Index, after);
            else if (groups[_table.ShareGroup].Success) position = OnShare(after);
            else if (groups[_table.ReasonGroup].Success) position = OnReason(after);
            else if (groups[_table.UseGroup].Success) position = SentenceEnd(after);
            else if (groups[_table.EndGroup].Success)
            {
                _sentenceEnded = true;
                _subject = null;
                position = after;
            }
            else
            {
                _groupOpen = false;
                _subject = null;
                position = after;
            }
        }
    }

    private int OnLabel(LabelRule rule, int labelStart, int labelEnd)
    {
        var p = labelEnd + Filler().Match(_text, labelEnd).Length;
        var budgetFirst = BudgetFirst().Match(_text, p);
        if (budgetFirst.Success) p += budgetFirst.Length;

        var amounts = AmountList().Match(_text, p);
        if (!amounts.Success)
        {
            var bad = BadAmount().Match(_text, p);
            if (bad.Success)
            {
                _context.Warn(_paragraph.LineAt(p), $"figure is not a number: '{bad.Value}'");
                return p + bad.Length;
            }

            // A label without an amount names the subject of what follows ("收支较上年…").
            var named = rule.Metrics.Select(_context.Figure).OfType<StatedFigure>().ToList();
            if (named.Count > 0) _subject = named;
            return labelEnd;
        }

        var unit = amounts.Groups["u"].Value;
        var values = amounts.Groups["n"].Captures.Select(c => Amount.ToTenThousandYuan(ParseDecimal(c.Value), unit)).ToList();
        var line = _paragraph.LineAt(p);
        if (values.Count != 1 && values.Count != rule.Metrics.Length)
            _context.Warn(line, $"{values.Count} amounts for {rule.Metrics.Length} figure(s) ({string.Join(", ", rule.Metrics)}); read in order");

        var stated = new List<StatedFigure>();
        for (var i = 0; i < rule.Metrics.Length; i++)
        {
            var value = values.Count == rule.Metrics.Length ? values[i] : values[Math.Min(i, values.Count - 1)];
            var isNew = _context.Figure(rule.Metrics[i]) is null;
            stated.Add(_context.State(rule.Metrics[i], value, line));
            if (isNew) CheckYearLabel(rule.Metrics[i], labelStart, line);
        }

        if (!_groupOpen || _sentenceEnded) _group = [];
        _group.AddRange(stated);
        _groupOpen = true;
        _sentenceEnded = false;
        _last = stated[^1];
        _subject = null;
        _changeTargets = null;
        _eventEnd = p + amounts.Length;
        return _eventEnd;
    }

    private int OnChange(string word, int at, int after)
    {
        var p = after + ChangeLead().Match(_text, after).Length;
        List<decimal> amounts = [];
        List<decimal> percents = [];
        var end = after;
        if (word == "持平")
        {
            amounts.Add(0m);
            percents.Add(0m);
        }
        else if (PercentList().Match(_text, p) is { Success: true } percent)
        {
            percents.AddRange(percent.Groups["p"].Captures.Select(c => ParseDecimal(c.Value)));
            end = p + percent.Length;
        }
        else if (AmountList().Match(_text, p) is { Success: true } amount)
        {
            var unit = amount.Groups["u"].Value;
            amounts.AddRange(amount.Groups["n"].Captures.Select(c => Amount.ToTenThousandYuan(ParseDecimal(c.Value), unit)));
            end = p + amount.Length;
        }
        else
        {
            return after; // "增加了…" without a figure: not a stated change
        }

        var between = _text.AsSpan(_eventEnd, Math.Max(0, at - _eventEnd));
        var continues = _changeTargets is not null && IsContinuation(between);
        var againstBudget = BudgetMarker().IsMatch(between) || (continues && _changeAgainstBudget);

        List<StatedFigure>? targets;
        if (continues) targets = _changeTargets;
        else if (_subject is not null) targets = _subject;
        else if (between.Contains('各') || _sentenceEnded) targets = _group.Count > 0 ? _group : null;
        else targets = _last is null ? null : [_last];
        if (targets is null || targets.Count == 0) return end;

        var sign = word is "减少" or "下降" or "降低" or "减低" or "降幅" ? -1m : 1m;
        var line = _paragraph.LineAt(at);
        for (var i = 0; i < targets.Count; i++)
        {
            decimal? amount = amounts.Count == 0 ? null : sign * (amounts.Count == targets.Count ? amounts[i] : amounts[0]);
            decimal? percent = percents.Count == 0 ? null : sign * (percents.Count == targets.Count ? percents[i] : percents[0]);
            Apply(targets[i], againstBudget, amount, percent, line);
        }

        _changeTargets = targets;
        _changeAgainstBudget = againstBudget;
        _groupOpen = false;
        _eventEnd = end;
        return end;
    }

    private static void Apply(StatedFigure figure, bool againstBudget, decimal? amount, decimal? percent, int line)
    {
        if (againstBudget)
        {
            if (amount is not null && figure.BudgetChangeAmount is null) figure.BudgetChangeAmount = amount;
            if (percent is not null && figure.BudgetChangePercent is null) figure.BudgetChangePercent = percent;
            figure.BudgetChangeLine ??= line;
        }
        else
        {
            if (amount is not null && figure.ChangeAmount is null) figure.ChangeAmount = amount;
            if (percent is not null && figure.ChangePercent is null) figure.ChangePercent = percent;
            figure.ChangeLine ??= line;
        }
    }

    private int OnShare(int after)
    {
        var share = ShareTail().Match(_text, after);
        if (!share.Success) return after;
        if (_last is not null) _last.SharePercent ??= ParseDecimal(share.Groups["p"].Value);
        _eventEnd = after + share.Length;
        return _eventEnd;
    }

    private int OnReason(int after)
    {
        var start = after + ReasonLead().Match(_text, after).Length;
        var stop = ReasonEnd().Match(_text, start);
        var end = stop.Success ? stop.Index : _text.Length;
        var reason = _text[start..end].Trim(',', ' ', ':');
        var targets = _changeTargets ?? (_sentenceEnded ? _group : (_last is null ? [] : [_last]));
        if (reason.Length > 0)
        {
            foreach (var figure in targets) figure.Reason ??= reason;
        }

        _eventEnd = end;
        return end;
    }

    /// <summary>Skips a clause that describes rather than states ("主要用于…"), to the end of its sentence.</summary>
    private int SentenceEnd(int from)
    {
        var end = _text.IndexOf('。', from);
        return end < 0 ? _text.Length : end;
    }

    private void CheckYearLabel(Metric metric, int labelStart, int line)
    {
        if (_context.Report.Year is not { } year) return;
        var clauseStart = _text.AsSpan(0, labelStart).LastIndexOfAny(",;。:") + 1;
        var label = YearLabel().Match(_text, clauseStart, labelStart - clauseStart);
        if (label.Success && int.Parse(label.Groups["y"].Value) != year)
            _context.Warn(line, $"{metric} is labelled with the year {label.Groups["y"].Value}, not the report's year {year}");
    }

    private static bool IsContinuation(ReadOnlySpan<char> between)
    {
        foreach (var c in between)
        {
            if (c is not (',' or '、' or ';' or '各' or '并' or '且' or '和' or '及')) return false;
        }

        return true;
    }

    private static decimal ParseDecimal(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\G(?:均为|均是|各为|各是|分别为|分别是|共计|合计|总计|决算数|为|是|共|计|达到|达|:|约)*")]
    private static partial Regex Filler();

    // "预算数A万元,决算数B万元": the budget is not the figure; the figure is the actual after it.
    [GeneratedRegex(@"\G(?:年初)?预算(?:数)?(?:为|是|:)?\d+(?:\.\d+)?(?:万元|亿元|元|万)[,;]?(?:决算(?:数)?|实际(?:支出)?(?:数)?)(?:为|是|:)?")]
    private static partial Regex BudgetFirst();

    [GeneratedRegex(@"\G(?<n>\d+(?:\.\d+)?)(?:(?:,|、|和|及|与)(?<n>\d+(?:\.\d+)?))*(?<u>万元|亿元|元|万)")]
    private static partial Regex AmountList();

    [GeneratedRegex(@"\G[0-9?][0-9A-Za-z.?,]*(?:万元|亿元|元|万)")]
    private static partial Regex BadAmount();

    [GeneratedRegex(@"\G(?<p>\d+(?:\.\d+)?)%(?:(?:、|,|和)(?<p>\d+(?:\.\d+)?)%)*")]
    private static partial Regex PercentList();

    [GeneratedRegex(@"\G(?:了|约|达)?")]
    private static partial Regex ChangeLead();

    [GeneratedRegex(@"年初预算|预算数|调整预算|全年预算|较预算|比预算|与预算")]
    private static partial Regex BudgetMarker();

    [GeneratedRegex(@"\G[^\d,;。%]{0,24}?(?<p>\d+(?:\.\d+)?)%")]
    private static partial Regex ShareTail();

    [GeneratedRegex(@"\G(?:是|为|系|在于)?[:,]?")]
    private static partial Regex ReasonLead();

    // A reason runs to the end of its sentence or clause, or to a new comparison ("…,较年初预算数增加…").
    [GeneratedRegex(@"。|;|,(?=(?:较|与|比)(?:年初|上年|预算|\d{4}))")]
    private static partial Regex ReasonEnd();

    [GeneratedRegex(@"(?<y>(?:19|20)\d{2})年(?!相比|比|同期)")]
    private static partial Regex YearLabel();
}
