using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using FinalAccounts.Api.Tests.Fixtures;
using FinalAccounts.Api.Tests.Support;

namespace FinalAccounts.Api.Tests.Web;

/// <summary>Exports of the real report (data/reports): the published figures exactly, with their document and line, and the snapshot file itself.</summary>
public sealed partial class RealReportExportTests(RealReportApi api) : IClassFixture<RealReportApi>
{
    private const string ReportFile = "wanzhou-party-govt-info-center-2021.txt";

    [Fact]
    public async Task The_figures_csv_opens_in_excel_and_holds_the_published_total_with_its_document_and_line()
    {
        var download = await ExportDownload.GetAsync(api.Factory.CreateClient(), "/export/figures.csv", """{"metric":{"eq":"EXPENDITURE_TOTAL"}}""");

        download.Status.ShouldBe(HttpStatusCode.OK, download.Text);
        download.ContentType.ShouldBe("text/csv; charset=utf-8; header=present");
        download.ContentDisposition.ShouldBe("attachment; filename=figures.csv");
        download.Bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF }, "UTF-8 byte-order mark");
        var header = download.Csv[0];
        header.Take(5).ShouldBe(["id", "key", "year", "metric", "amount"]);
        header.TakeLast(4).ShouldBe(["provenance", "document", "documentSha256", "line"]);

        var row = download.CsvRows.ShouldHaveSingleItem();
        row["year"].ShouldBe("2021");
        row["metric"].ShouldBe("EXPENDITURE_TOTAL");
        row["amount"].ShouldBe("6954.99");
        row["changeAmount"].ShouldBe("6151.49");
        row["changePercent"].ShouldBe("765.6");
        row["previousYearAmount"].ShouldBe("803.50");
        row["reason"].ShouldContain("抗疫特别国债");
        row["provenance"].ShouldBe("REPORTED");
        row["document"].ShouldBe(ReportFile);
        var bytes = await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Reports, ReportFile));
        row["documentSha256"].ShouldBe(Convert.ToHexStringLower(SHA256.HashData(bytes)));
        var line = int.Parse(row["line"]);
        (await File.ReadAllLinesAsync(Path.Combine(RepositoryPaths.Reports, ReportFile)))[line - 1].ShouldContain("6954.99");
    }

    [Fact]
    public async Task Category_amounts_are_exact_decimals_in_json_with_the_category_names()
    {
        var download = await ExportDownload.GetAsync(api.Factory.CreateClient(), "/export/expenditures.json", null, """[{"amount":"DESC"}]""");

        download.Status.ShouldBe(HttpStatusCode.OK);
        download.ContentType.ShouldBe("application/json; charset=utf-8");
        download.Text.ShouldContain("\"amount\":774.33,");
        download.Text.ShouldContain("\"amount\":63.80,", customMessage: "trailing zeros as published");
        var first = download.Json.AsArray()[0]!;
        first["categoryNameZh"]!.GetValue<string>().ShouldBe("一般公共服务支出");
        first["sharePercent"]!.ToJsonString().ShouldBe("88.4");
        first["unitName"]!.GetValue<string>().ShouldBe("重庆市万州区党政信息中心");
        first["document"]!.GetValue<string>().ShouldBe(ReportFile);
    }

    [Fact]
    public async Task The_findings_export_has_the_reports_four_errors()
    {
        var download = await ExportDownload.GetAsync(api.Factory.CreateClient(), "/export/dataQualityFindings.csv", """{"severity":{"eq":"ERROR"}}""");
        var graphql = await api.Client.DataAsync("""{ dataQualityFindings(where: { severity: { eq: ERROR } }) { totalCount } }""");

        download.CsvRows.Count.ShouldBe(graphql["dataQualityFindings"]!["totalCount"]!.GetValue<int>());
        download.CsvRows.Count.ShouldBe(4);
        download.CsvRows.ShouldAllBe(r => r["document"] == ReportFile && r["line"] != "");
    }

    [Fact]
    public async Task The_snapshot_file_downloads_with_its_sha256()
    {
        var http = api.Factory.CreateClient();
        using var response = await http.GetAsync("/export/snapshot.db");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var checksum = await http.GetStringAsync("/export/snapshot.db.sha256");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.sqlite3");
        response.Content.Headers.ContentDisposition!.FileName.ShouldBe("snapshot.db");
        bytes.ShouldBe(await File.ReadAllBytesAsync(api.SnapshotPath));
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        checksum.ShouldBe($"{sha256}  snapshot.db\n", "the format of sha256sum, so `sha256sum -c` checks a download");
        response.Headers.GetValues("Repr-Digest").ShouldHaveSingleItem().ShouldBe($"sha-256=:{Convert.ToBase64String(SHA256.HashData(bytes))}:");
        response.Headers.ETag!.Tag.ShouldBe($"\"{sha256}\"");
    }

    [Fact]
    public async Task The_snapshot_file_serves_ranges()
    {
        var http = api.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/export/snapshot.db");
        request.Headers.Range = new System.Net.Http.Headers.RangeHeaderValue(0, 15);
        using var response = await http.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.PartialContent);
        System.Text.Encoding.ASCII.GetString(await response.Content.ReadAsByteArrayAsync()).ShouldBe("SQLite format 3\0");
    }

    [Fact]
    public async Task No_export_holds_a_personal_phone_number()
    {
        // The report's performance tables name contact persons with mobile numbers; none of it may leave the snapshot.
        var http = api.Factory.CreateClient();
        foreach (var list in (await ExportIndex.GetAsync(http)).Where(l => !l.Computed))
        {
            var text = (await ExportDownload.GetAsync(http, $"/export/{list.Name}.csv")).Text;
            MobileNumber().IsMatch(text).ShouldBeFalse($"{list.Name}: {MobileNumber().Match(text).Value}");
        }
    }

    [GeneratedRegex(@"(?<!\d)1[3-9]\d{9}(?!\d)")]
    private static partial Regex MobileNumber();
}
