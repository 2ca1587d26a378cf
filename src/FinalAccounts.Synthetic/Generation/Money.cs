namespace FinalAccounts.Synthetic.Generation;

/// <summary>
/// Exact money for the generator: amounts are whole fen of 万元 (0.01 万元) in a <see cref="long"/>,
/// and leave as decimals with exactly two decimals, as reports print them.
/// </summary>
public static class Money
{
    /// <summary>0.01 万元 units to a decimal of 万元 with scale 2 (12345 → 123.45, 0 → 0.00).</summary>
    public static decimal Wan(long cents)
    {
        var magnitude = (ulong)Math.Abs(cents);
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), 0, cents < 0, 2);
    }

    /// <summary>Scales an amount by a factor and rounds to whole fen of 万元, never below zero.</summary>
    public static long Scale(long cents, double factor) => Math.Max(0, (long)Math.Round(cents * factor, MidpointRounding.AwayFromZero));

    /// <summary>
    /// A stated change percent as the checks compute it: change / base, rounded half away from zero
    /// to one decimal. A change from a base of 0 is stated as 100 (or 0 when nothing changed), by convention;
    /// no change at all reads "0%", as in the real report.
    /// </summary>
    public static decimal ChangePercent(long current, long previous)
    {
        if (previous == 0) return current == 0 ? 0m : 100m;
        if (current == previous) return 0m;
        return Round1((current - previous) * 100m / previous);
    }

    /// <summary>A stated share: part / whole in percent, one decimal; 100 and 0 read as whole numbers, as reports write them.</summary>
    public static decimal SharePercent(long part, long whole)
    {
        if (whole == 0 || part == 0) return 0m;
        if (part == whole) return 100m;
        return Round1(part * 100m / whole);
    }

    /// <summary>Rounds half away from zero to one decimal, keeping the decimal visible (9 → 9.0).</summary>
    public static decimal Round1(decimal value) =>
        decimal.Round(value, 1, MidpointRounding.AwayFromZero) + 0.0m;

    /// <summary>Rounds half away from zero to two decimals, keeping both decimals visible.</summary>
    public static decimal Round2(decimal value) =>
        decimal.Round(value, 2, MidpointRounding.AwayFromZero) + 0.00m;
}
