using System.Text;
using System.Text.RegularExpressions;

namespace FinalAccounts.Bench;

/// <summary>Copies of the real report with varied figures and a distinct unit name each, for parse and build throughput.</summary>
public static partial class ReportVariants
{
    public const string UnitName = "重庆市万州区党政信息中心";

    public static IEnumerable<(string FileName, byte[] Bytes)> Make(string realReport, int count, int seed = 7)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var text = Amount().Replace(realReport, m =>
            {
                var decimals = m.Groups[2].Length;
                var whole = random.Next(0, 10000);
                return decimals == 0 ? whole.ToString() : $"{whole}.{random.Next(0, (int)Math.Pow(10, decimals)).ToString().PadLeft(decimals, '0')}";
            });
            text = text.Replace(UnitName, UnitName + Stems(i)); // a distinct unit per copy, named as units are (no digits)
            yield return ($"variant-{i:D5}.txt", Encoding.UTF8.GetBytes(text));
        }
    }

    private static string Stems(int i) => string.Concat(i.ToString("D5").Select(d => "甲乙丙丁戊己庚辛壬癸"[d - '0']));

    [GeneratedRegex(@"(?<![\d.])(\d+)\.(\d{1,2})(?=\s*万元)")]
    private static partial Regex Amount();
}
