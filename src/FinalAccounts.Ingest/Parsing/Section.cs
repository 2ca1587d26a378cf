using FinalAccounts.Ingest.Text;

namespace FinalAccounts.Ingest.Parsing;

/// <summary>One section of a report: its kind, the line of its heading, and its paragraphs and table rows.</summary>
public sealed class Section(SectionKind kind, int? headingLine)
{
    public SectionKind Kind { get; } = kind;

    /// <summary>Null for the preamble, which has no heading.</summary>
    public int? HeadingLine { get; } = headingLine;

    public List<NormalisedLine> Lines { get; } = [];
}
