namespace FinalAccounts.Ingest.Checks;

/// <summary>
/// Rounds a computed value the way the report rounded the value it states: to as many decimals as the
/// stated value has (765.6 → 1, 100 → 0), half away from zero, as the national template does.
/// </summary>
internal static class StatedPrecision
{
    public static decimal RoundLike(decimal computed, decimal stated) =>
        Math.Round(computed, stated.Scale, MidpointRounding.AwayFromZero);

    /// <summary>Percent of <paramref name="part"/> in <paramref name="whole"/>; multiplies first so the quotient stays exact as long as decimal allows.</summary>
    public static decimal Percent(decimal part, decimal whole) => part * 100m / whole;
}
