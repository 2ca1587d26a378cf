using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FinalAccounts.Data.Storage;

/// <summary>
/// Stores an amount in 万元 as an INTEGER of fen (millionths of 万元), like <see cref="ScaledDecimalConverter"/>,
/// and reads it back with at least two decimals, as reports print money: 6078.9 reads 6078.90.
/// </summary>
public sealed class MoneyConverter() : ValueConverter<decimal, long>(
    v => ScaledDecimalConverter.ToStorage(v),
    v => FromStorage(v))
{
    public static decimal FromStorage(long stored) => ScaledDecimalConverter.FromStorage(stored, minimumScale: 2);
}
