namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>
/// One row of a grouped statement: the totals over all groups (on every row, and alone on a row without a
/// group when the page is empty), then one group of the page. Amounts are INTEGER millionths of 万元.
/// </summary>
public sealed class GroupRow
{
    public long? GrandTotal { get; set; }
    public long? GrandSecond { get; set; }
    public long? GrandCount { get; set; }
    public long GroupCount { get; set; }
    public long? Position { get; set; }
    public int? Year { get; set; }
    public string? UnitId { get; set; }
    public string? Department { get; set; }
    public string? Region { get; set; }
    public string? UnitKind { get; set; }
    public string? CategoryId { get; set; }
    public string? BudgetSource { get; set; }
    public long? Total { get; set; }
    public long? SecondTotal { get; set; }
    public long? Count { get; set; }
    public long? PreviousTotal { get; set; }
}
