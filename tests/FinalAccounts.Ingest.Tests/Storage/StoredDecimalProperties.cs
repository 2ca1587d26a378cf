using FinalAccounts.Data.Storage;
using FsCheck;
using FsCheck.Xunit;
using Shouldly;

namespace FinalAccounts.Ingest.Tests.Storage;

/// <summary>
/// Stored integers of millionths read back as the exact decimal they stand for, with no trailing zeros beyond the
/// minimum (none for ratios, two for money), and store again to the same integer.
/// </summary>
public sealed class StoredDecimalProperties
{
    // Over the whole range of the column (an unsized long), with 0 to 6 trailing zeros made likely.
    [Property(MaxTest = 5000)]
    public bool A_stored_value_reads_back_exactly_and_stores_again_unchanged(DoNotSize<long> raw, byte zeros)
    {
        var unit = (long)Math.Pow(10, zeros % 7);
        var stored = raw.Item / unit * unit;
        var value = ScaledDecimalConverter.FromStorage(stored);
        var money = MoneyConverter.FromStorage(stored);
        var exact = (decimal)stored / ScaledDecimalConverter.Scale;
        return value == exact && money == exact
            && ScaledDecimalConverter.ToStorage(value) == stored && ScaledDecimalConverter.ToStorage(money) == stored
            && value.Scale == MinimalScale(exact, 0) && money.Scale == MinimalScale(exact, 2);
    }

    [Theory]
    [InlineData(6_078_900_000L, "6078.9", "6078.90")]
    [InlineData(0L, "0", "0.00")]
    [InlineData(1L, "0.000001", "0.000001")]
    [InlineData(-1_234_500L, "-1.2345", "-1.2345")]
    [InlineData(765_600_000L, "765.6", "765.60")]
    [InlineData(long.MinValue, "-9223372036854.775808", "-9223372036854.775808")]
    public void Values_print_as_reports_print_them(long stored, string ratio, string money)
    {
        ScaledDecimalConverter.FromStorage(stored).ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe(ratio);
        MoneyConverter.FromStorage(stored).ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe(money);
    }

    /// <summary>The scale of <paramref name="exact"/> without trailing zeros (dividing by 1.000… drops them), at least <paramref name="minimum"/>.</summary>
    private static int MinimalScale(decimal exact, int minimum) =>
        Math.Max(minimum, (exact / 1.0000000000000000000000000000m).Scale);
}
