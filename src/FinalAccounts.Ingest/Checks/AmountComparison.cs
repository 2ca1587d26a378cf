using FinalAccounts.Data.Entities;

namespace FinalAccounts.Ingest.Checks;

/// <summary>How far apart two amounts in 万元 are, as a finding severity.</summary>
internal static class AmountComparison
{
    /// <summary>Amounts are published to 0.01 万元, so a difference of exactly one such unit is what rounding of the parts explains.</summary>
    public const decimal RoundingUnit = 0.01m;

    /// <summary>Null when the amounts agree exactly; a rounding hint at a difference of 0.01; an error otherwise.</summary>
    public static Severity? Classify(decimal expected, decimal actual)
    {
        var difference = Math.Abs(expected - actual);
        if (difference == 0m)
        {
            return null;
        }

        return difference == RoundingUnit ? Severity.RoundingHint : Severity.Error;
    }

    /// <summary>The clause a message ends with when the difference is only rounding.</summary>
    public static string Suffix(Severity severity) =>
        severity == Severity.RoundingHint ? ", a difference of 0.01 that rounding explains" : "";
}
