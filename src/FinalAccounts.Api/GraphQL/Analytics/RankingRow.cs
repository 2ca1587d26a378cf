namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>One row of the ranking statement: a unit's sums in the year and in the compared year (millionths of 万元).</summary>
public sealed class RankingRow
{
    public long RankedCount { get; set; }
    public long Rank { get; set; }
    public string UnitId { get; set; } = "";
    public long Total { get; set; }
    public long? BaseTotal { get; set; }
}
