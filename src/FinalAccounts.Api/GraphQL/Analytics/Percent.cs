namespace FinalAccounts.Api.GraphQL.Analytics;

/// <summary>Percentages of exact amounts, computed in decimal and rounded to two decimals (765.6 means 765.6%).</summary>
public static class Percent
{
    public const int Decimals = 2;

    /// <summary>part / whole × 100; null when the whole is zero.</summary>
    public static decimal? Of(decimal part, decimal whole) =>
        whole == 0 ? null : Math.Round(part * 100m / whole, Decimals, MidpointRounding.AwayFromZero);

    /// <summary>The change from <paramref name="previous"/> to <paramref name="current"/> in percent of the previous; null when either is missing or the base is zero.</summary>
    public static decimal? Change(decimal? current, decimal? previous) =>
        current is { } c && previous is { } p ? Of(c - p, p) : null;

    /// <summary>
    /// The compound annual growth rate from <paramref name="first"/> to <paramref name="last"/> over
    /// <paramref name="years"/> years, in percent. A rate, not money: the root is taken in floating point.
    /// Null when it is undefined (no span, a base that is not positive, or a negative end).
    /// </summary>
    public static decimal? CompoundAnnualGrowth(decimal first, decimal last, int years)
    {
        if (years <= 0 || first <= 0 || last < 0) return null;
        var rate = Math.Pow((double)(last / first), 1.0 / years) - 1.0;
        return Math.Round((decimal)(rate * 100.0), Decimals, MidpointRounding.AwayFromZero);
    }
}
