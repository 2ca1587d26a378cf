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

    /// <summary>The largest magnitude an INTEGER of millionths holds: 9,223,372,036,854.775807.</summary>
    public const decimal MaxMagnitude = long.MaxValue / (decimal)Scale;

    /// <summary>Whether <paramref name="value"/> fits the column (a filter value beyond it cannot be compared in SQL).</summary>
    public static bool IsStorable(decimal value) => Math.Abs(value) <= MaxMagnitude;

    public static long ToStorage(decimal value) => (long)decimal.Round(value * Scale, 0, MidpointRounding.ToEven);

    public static decimal FromStorage(long stored) => FromStorage(stored, minimumScale: 0);

    /// <summary>
    /// The decimal of <paramref name="stored"/> millionths, without trailing zeros below
    /// <paramref name="minimumScale"/> decimals. Built from the integer directly: every value the API
    /// serves passes here, and two decimal divisions per value showed in profiles.
    /// </summary>
    public static decimal FromStorage(long stored, byte minimumScale)
    {
        var negative = stored < 0;
        var magnitude = negative ? (ulong)(-(stored + 1)) + 1 : (ulong)stored; // long.MinValue has no positive twin
        byte scale = 6;
        while (scale > minimumScale && magnitude % 10 == 0)
        {
            magnitude /= 10;
            scale--;
        }
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, negative, scale);
    }
}
