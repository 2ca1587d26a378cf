using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FinalAccounts.Data.Storage;

/// <summary>
/// Stores an exact decimal as an INTEGER of millionths. For money in 万元 one millionth is one fen
/// (0.01 CNY), so every published amount, even with six decimals, is stored exactly, and SQLite
/// compares, sorts and sums integers rather than text or floating point. Non-money values
/// (percentages, scores) read back without trailing zeros: 765.6, not 765.600000.
/// </summary>
public sealed class ScaledDecimalConverter() : ValueConverter<decimal, long>(
    v => ToStorage(v),
    v => FromStorage(v))
{
    public const long Scale = 1_000_000;

    public static long ToStorage(decimal value) => (long)decimal.Round(value * Scale, 0, MidpointRounding.ToEven);

    public static decimal FromStorage(long stored) => Trim((decimal)stored / Scale);

    /// <summary>Drops trailing zeros (dividing by 1.000… keeps the value and lowers the scale).</summary>
    public static decimal Trim(decimal value) => value / 1.0000000000000000000000000000m;
}
