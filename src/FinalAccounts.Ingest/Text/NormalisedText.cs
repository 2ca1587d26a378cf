namespace FinalAccounts.Ingest.Text;

/// <summary>A report's text after <see cref="TextNormaliser"/>: its non-blank paragraphs and table rows, in order.</summary>
public sealed class NormalisedText(IReadOnlyList<NormalisedLine> lines, int originalLineCount)
{
    public IReadOnlyList<NormalisedLine> Lines { get; } = lines;

    /// <summary>How many lines the original text has.</summary>
    public int OriginalLineCount { get; } = originalLineCount;
}
