using FinalAccounts.Data.Storage;

namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>
/// Sums come out of SQLite as integers of millionths of 万元; this turns them into exact decimals in 万元,
/// with at least two decimals like every amount the API serves (63.80, not 63.8).
/// </summary>
public static class Money
{
    public static decimal? From(long? stored) => stored is { } value ? MoneyConverter.FromStorage(value) : null;
}
