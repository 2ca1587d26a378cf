namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>One row of the series statement: the year bounds and series count on every row, then one year of one series (millionths of 万元).</summary>
public sealed class SeriesRow
{
    public int? FirstYear { get; set; }
    public int? LastYear { get; set; }
    public long SeriesCount { get; set; }
    public long? Position { get; set; }
    public string? UnitId { get; set; }
    public string? Department { get; set; }
    public string? Region { get; set; }
    public string? UnitKind { get; set; }
    public string? CategoryId { get; set; }
    public string? BudgetSource { get; set; }
    public long? SeriesTotal { get; set; }
    public int? Year { get; set; }
    public long? Total { get; set; }
    public long? Count { get; set; }
}
