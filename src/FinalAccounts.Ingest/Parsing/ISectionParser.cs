namespace FinalAccounts.Ingest.Parsing;

/// <summary>Reads one kind of section into the report.</summary>
internal interface ISectionParser
{
    SectionKind Kind { get; }

    void Parse(Section section, ParseContext context);
}
