namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>One group of an aggregate: its key, the sum of its facts (万元), their count, share of the total and change from the previous year's group.</summary>
public sealed record AggregateGroup(
    GroupKey Key,
    decimal Sum,
    int Count,
    decimal? SharePercent,
    decimal? PreviousYearSum,
    decimal? ChangeAmount,
    decimal? ChangePercent);
