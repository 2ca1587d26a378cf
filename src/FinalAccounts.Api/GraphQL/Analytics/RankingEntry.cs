namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>One ranked unit: its rank, value in the year (万元), value in the compared year and the change.</summary>
public sealed record RankingEntry(int Rank, string UnitId, decimal Value, decimal? BaseValue, decimal? ChangeAmount, decimal? ChangePercent);
