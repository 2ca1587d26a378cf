using System.Security.Cryptography;
using System.Text;
using FinalAccounts.Ingest.Parsing;
using static FinalAccounts.Data.Entities.Metric;

namespace FinalAccounts.Ingest.Tests.Parsing;

/// <summary>The same report in every encoding we accept parses to the same figures; the hash is of the bytes as given.</summary>
public sealed class EncodingTests
{
    public static TheoryData<string> Encodings => ["utf-8", "utf-8-bom", "utf-16le-bom", "utf-16be-bom", "gb18030"];

    [Theory]
    [MemberData(nameof(Encodings))]
    public void The_real_report_reads_the_same_in_every_accepted_encoding(string encoding)
    {
        var bytes = Encode(RealReport.Text, encoding);

        var report = ReportParser.Parse(RealReport.FileName, bytes);

        report.Sha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(bytes)));
        (report.Amount(IncomeTotal), report.Amount(GeneralBudgetExpenditure), report.Projects.Count, report.Unit.ContactPhone)
            .ShouldBe((6954.99m, 876.09m, 3, "023-58258372"));
        report.Categories[1].StatedName.ShouldBe("社会保障与就业支出");
        report.Warnings.ShouldBeEmpty();
    }

    private static byte[] Encode(string text, string encoding)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return encoding switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(text),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf-16be-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            _ => Encoding.GetEncoding("GB18030").GetBytes(text),
        };
    }
}
