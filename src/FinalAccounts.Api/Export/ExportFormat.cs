namespace FinalAccounts.Api.Export;

/// <summary>The file formats of an export, named by their extension in the URL.</summary>
public enum ExportFormat
{
    /// <summary>RFC 4180 CSV in UTF-8 with a byte-order mark, so spreadsheet programs read Chinese correctly.</summary>
    Csv,
    /// <summary>A JSON array of objects, one per row, with exact decimal numbers.</summary>
    Json,
}
