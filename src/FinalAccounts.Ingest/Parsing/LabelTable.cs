using System.Text;
using System.Text.RegularExpressions;

namespace FinalAccounts.Ingest.Parsing;

/// <summary>
/// The vocabulary of one section: its figure labels, tried in order (longer phrases first), plus the words that
/// carry changes, shares, reasons and sentence structure. Compiled into one regular expression, so that a
/// paragraph is scanned left to right in a single pass per event.
/// </summary>
internal sealed class LabelTable
{
    // Events other than labels. Alternatives are literal words, so matching stays linear in the text.
    private const string Events =
        "(?<change>增加|增长|上升|提高|增幅|减少|下降|降低|减低|降幅|持平)" +
        "|(?<share>占)" +
        "|(?<reason>主要原因|原因是|原因为|主要是由于|主要是因为|主要系)" +
        "|(?<use>主要用于)" +
        "|(?<end>。)" +
        "|(?<close>其中|此外|另外)";

    private readonly Regex _regex;
    private readonly int[] _labelGroups;

    public LabelTable(params LabelRule[] rules)
    {
        Rules = rules;
        var pattern = new StringBuilder();
        for (var i = 0; i < rules.Length; i++) pattern.Append("(?<L").Append(i).Append('>').Append(rules[i].Pattern).Append(")|");
        pattern.Append(Events);

        // Built from data, so compiled at start-up rather than source-generated.
        _regex = new Regex(pattern.ToString(), RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
        _labelGroups = [.. Enumerable.Range(0, rules.Length).Select(i => _regex.GroupNumberFromName($"L{i}"))];
        ChangeGroup = _regex.GroupNumberFromName("change");
        ShareGroup = _regex.GroupNumberFromName("share");
        ReasonGroup = _regex.GroupNumberFromName("reason");
        UseGroup = _regex.GroupNumberFromName("use");
        EndGroup = _regex.GroupNumberFromName("end");
        CloseGroup = _regex.GroupNumberFromName("close");
    }

    /// <summary>A table with no labels: reads only changes, shares and reasons (for a category line).</summary>
    public static LabelTable Empty { get; } = new();

    public IReadOnlyList<LabelRule> Rules { get; }

    public int ChangeGroup { get; }
    public int ShareGroup { get; }
    public int ReasonGroup { get; }
    public int UseGroup { get; }
    public int EndGroup { get; }
    public int CloseGroup { get; }

    public Match Match(string text, int start) => _regex.Match(text, start);

    /// <summary>The rule a match is a label of, or null when it is another event.</summary>
    public LabelRule? RuleOf(Match match)
    {
        for (var i = 0; i < _labelGroups.Length; i++)
        {
            if (match.Groups[_labelGroups[i]].Success) return Rules[i];
        }

        return null;
    }
}
