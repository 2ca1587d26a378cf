namespace FinalAccounts.Synthetic.Generation;

/// <summary>Small Chinese numerals (1–99) as used in headings and list markers: 一, 十二, 二十.</summary>
public static class ChineseNumerals
{
    private static readonly string[] Digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    public static string Of(int n)
    {
        if (n is < 1 or > 99) throw new ArgumentOutOfRangeException(nameof(n), n, "Only 1 to 99 are written in headings.");
        if (n < 10) return Digits[n];
        var tens = n / 10;
        var ones = n % 10;
        return (tens == 1 ? "" : Digits[tens]) + "十" + (ones == 0 ? "" : Digits[ones]);
    }
}
