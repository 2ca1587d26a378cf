using System.Globalization;

namespace FinalAccounts.Ingest.Text;

/// <summary>
/// Reads numbers exactly as written, as <see cref="decimal"/> (never floating point): the scale is kept
/// ("6954.99", "0.00", "28861.938591"), and amounts are brought to 万元, the unit of the hub model.
/// </summary>
public static class Amount
{
    private const NumberStyles Plain = NumberStyles.AllowDecimalPoint;

    /// <summary>Reads an amount written with its unit (万元, 万, 元, 亿元) as 万元; 元 are divided by 10,000 exactly.</summary>
    public static bool TryParse(ReadOnlySpan<char> number, ReadOnlySpan<char> unit, out decimal tenThousandYuan)
    {
        tenThousandYuan = 0;
        if (!decimal.TryParse(number, Plain, CultureInfo.InvariantCulture, out var value)) return false;
        tenThousandYuan = ToTenThousandYuan(value, unit);
        return true;
    }

    /// <summary>Converts <paramref name="value"/> written in <paramref name="unit"/> to 万元.</summary>
    public static decimal ToTenThousandYuan(decimal value, ReadOnlySpan<char> unit) => unit switch
    {
        "元" => value / 10000m,
        "亿元" or "亿" => value * 10000m,
        _ => value,
    };

    /// <summary>
    /// Reads a bare number as found in a table cell: "6078.90", "100", "95%", "1,033.20". Returns false for
    /// anything else (text, "无", empty).
    /// </summary>
    public static bool TryParseNumber(string? text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.AsSpan().Trim();
        if (s.EndsWith("%")) s = s[..^1];
        if (s.IsEmpty || !char.IsAsciiDigit(s[0]) || !char.IsAsciiDigit(s[^1])) return false;
        if (s.Contains(','))
        {
            Span<char> buffer = stackalloc char[s.Length];
            var n = 0;
            foreach (var c in s)
            {
                if (c != ',') buffer[n++] = c;
            }

            return decimal.TryParse(buffer[..n], Plain, CultureInfo.InvariantCulture, out value);
        }

        return decimal.TryParse(s, Plain, CultureInfo.InvariantCulture, out value);
    }
}
