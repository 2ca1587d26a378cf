namespace FinalAccounts.Api.GraphQL.Search;

/// <summary>One matching text as the page statement reads it from the index's text table.</summary>
public sealed class SearchRow
{
    public long Position { get; set; }
    public string EntityKey { get; set; } = "";
    public string? UnitId { get; set; }
    public int? Year { get; set; }
    public string Text { get; set; } = "";
}
