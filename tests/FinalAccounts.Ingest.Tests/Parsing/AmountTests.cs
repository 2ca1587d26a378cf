using FinalAccounts.Ingest.Text;

namespace FinalAccounts.Ingest.Tests.Parsing;

public sealed class AmountTests
{
    [Theory]
    [InlineData("6954.99", "万元", "6954.99")]
    [InlineData("28861.938591", "万元", "28861.938591")]
    [InlineData("0.00", "万元", "0.00")]
    [InlineData("2003", "万", "2003")]
    [InlineData("11800", "元", "1.18")]
    [InlineData("69549900.00", "元", "6954.99")]
    [InlineData("1.5", "亿元", "15000.0")]
    public void Reads_an_amount_exactly_in_ten_thousand_yuan(string number, string unit, string expected)
    {
        Amount.TryParse(number, unit, out var value).ShouldBeTrue();
        value.ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Keeps_the_scale_it_is_written_with()
    {
        Amount.TryParse("9.0", "万元", out var value).ShouldBeTrue();
        value.Scale.ShouldBe((byte)1);
    }

    [Theory]
    [InlineData("6078.90", "6078.90")]
    [InlineData(" 100 ", "100")]
    [InlineData("95%", "95")]
    [InlineData("1,033.20", "1033.20")]
    public void Reads_a_table_cell_number(string cell, string expected)
    {
        Amount.TryParseNumber(cell, out var value).ShouldBeTrue();
        value.ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("无")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("12a.5")]
    [InlineData("≥90")]
    [InlineData("其中:上级资金")]
    public void Refuses_a_cell_that_is_not_a_number(string? cell)
    {
        Amount.TryParseNumber(cell, out _).ShouldBeFalse();
    }
}
