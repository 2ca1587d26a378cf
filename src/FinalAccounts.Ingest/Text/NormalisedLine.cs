namespace FinalAccounts.Ingest.Text;

/// <summary>
/// One paragraph or table row after normalisation. A paragraph that the layout had cut over several lines is
/// joined back into one; <see cref="LineAt"/> still answers, for any offset, the 1-based line of the original text.
/// </summary>
public sealed class NormalisedLine
{
    private readonly int[] _starts;
    private readonly int[] _lines;
    private string[]? _cells;

    internal NormalisedLine(string text, int[] starts, int[] lines)
    {
        Text = text;
        _starts = starts;
        _lines = lines;
    }

    public string Text { get; }

    /// <summary>The original line the paragraph or row starts on.</summary>
    public int Line => _lines[0];

    /// <summary>The original line of the last piece of a joined paragraph.</summary>
    public int LastLine => _lines[^1];

    /// <summary>Table rows keep their tab-separated cells; prose has none.</summary>
    public bool IsTableRow => Text.Contains('\t');

    /// <summary>Cells of a table row, split on tabs (a prose line is one cell).</summary>
    public IReadOnlyList<string> Cells => _cells ??= Text.Split('\t');

    /// <summary>The original line that holds the character at <paramref name="offset"/> of <see cref="Text"/>.</summary>
    public int LineAt(int offset)
    {
        var line = _lines[0];
        for (var i = 1; i < _starts.Length && _starts[i] <= offset; i++) line = _lines[i];
        return line;
    }

    public override string ToString() => $"{Line}: {Text}";
}
