using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FinalAccounts.Data.Storage;

/// <summary>
/// Stores an exact decimal as an INTEGER of millionths. For money in 万元 one millionth is one fen
/// (0.01 CNY), so every published amount, even with six decimals, is stored exactly, and SQLite
/// compares, sorts and sums integers rather than text or floating point.
/// </summary>
public sealed class ScaledDecimalConverter() : ValueConverter<decimal, long>(
    v => ToStorage(v),
    v => FromStorage(v))
{
    public const long Scale = 1_000_000;

    public static long ToStorage(decimal value) => (long)decimal.Round(value * Scale, 0, MidpointRounding.ToEven);

    public static decimal FromStorage(long stored) => Normalise((decimal)stored / Scale);

    /// <summary>Shows at least two decimals and no trailing zeros beyond them: 6078.9 reads 6078.90.</summary>
    public static decimal Normalise(decimal value)
    {
        var trimmed = value / 1.0000000000000000000000000000m;
        var two = decimal.Round(trimmed, 2);
        return two == trimmed ? two + 0.00m : trimmed;
    }
}
