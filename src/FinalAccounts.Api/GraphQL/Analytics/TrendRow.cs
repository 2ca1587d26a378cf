namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>One row of the trend statement: the reported or the derived sum of one year (millionths of 万元).</summary>
public sealed class TrendRow
{
    public long Reported { get; set; }
    public int Year { get; set; }
    public long? Total { get; set; }
    public long Count { get; set; }
}
