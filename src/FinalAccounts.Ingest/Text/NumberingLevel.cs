namespace FinalAccounts.Ingest.Text;

/// <summary>The kinds of numbering the template uses in front of headings and list items.</summary>
public enum NumberingLevel
{
    /// <summary>No numbering.</summary>
    None,
    /// <summary>一、 or 第一部分: a chapter of the report.</summary>
    Chapter,
    /// <summary>(一): a section inside a chapter.</summary>
    Section,
    /// <summary>1. or 1、: an item.</summary>
    Item,
    /// <summary>(1) or ①: a sub-item.</summary>
    SubItem,
}
