using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using FinalAccounts.Ingest.Model;
using FinalAccounts.Ingest.Parsing;
using FsCheck.Xunit;

namespace FinalAccounts.Ingest.Tests.Parsing;

/// <summary>
/// Whatever is done to a report (lines dropped, characters lost or inserted, bytes at random), the parser either
/// returns a report whose lines lie inside the document and that names no contact person, or refuses it with a
/// <see cref="ReportFormatException"/>. It never fails in any other way.
/// </summary>
public sealed class ParserRobustnessProperties
{
    private static readonly string[] RealLines = RealReport.Text.Split('\n');
    private static readonly string[] Secrets = ["邹方夏", "吴思桦", "张跃", "58589828", "15823788989", "18223911877"];
    private const string Debris = ",,.。、0123456789万元%增加减少占主要原因(（\t\n?其中各收入支出总计";

    [Property(MaxTest = 150)]
    public bool Dropping_lines_yields_a_sound_report_or_a_clean_refusal(int seed)
    {
        var random = new Random(seed);
        var text = string.Join('\n', RealLines.Where(_ => random.NextDouble() < 0.6));
        return ParsesSoundlyOrRefuses(text);
    }

    [Property(MaxTest = 150)]
    public bool Losing_and_inserting_characters_yields_a_sound_report_or_a_clean_refusal(int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        foreach (var c in RealReport.Text)
        {
            if (random.NextDouble() < 0.03) continue;
            text.Append(c);
            if (random.NextDouble() < 0.01) text.Append(Debris[random.Next(Debris.Length)]);
        }

        return ParsesSoundlyOrRefuses(text.ToString());
    }

    [Property(MaxTest = 300)]
    public bool Random_bytes_yield_a_report_or_a_clean_refusal(byte[] bytes)
    {
        try
        {
            ReportParser.Parse("random.bin", bytes);
            return true;
        }
        catch (ReportFormatException e)
        {
            return e.FileName == "random.bin";
        }
    }

    private static bool ParsesSoundlyOrRefuses(string text)
    {
        Report report;
        try
        {
            report = ReportParser.Parse("damaged.txt", text, "0");
        }
        catch (ReportFormatException)
        {
            return true;
        }

        var lines = report.Figures.Values.Select(f => f.Line)
            .Concat(report.Categories.Select(c => c.Line))
            .Concat(report.Projects.Select(p => p.Line))
            .Concat(report.Projects.SelectMany(p => p.Indicators).Select(i => i.Line))
            .Concat(report.Warnings.Select(w => w.Line ?? 1));
        var json = JsonSerializer.Serialize(report, new JsonSerializerOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) });
        return lines.All(l => l >= 1 && l <= report.LineCount) && !Secrets.Any(json.Contains);
    }
}
