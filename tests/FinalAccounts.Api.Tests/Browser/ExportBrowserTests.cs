using System.Text;
using FinalAccounts.Api.Tests.Web;

namespace FinalAccounts.Api.Tests.Browser;

/// <summary>A person clicks a recipe's CSV link on the landing page and gets a file Excel opens: BOM, header, the published figures.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ExportBrowserTests(BrowserSession session)
{
    [SkippableFact]
    public async Task The_procurement_csv_downloads_with_its_header_and_the_published_figures()
    {
        Skip.IfNot(session.Available, BrowserSession.SkipReason);
        await using var browser = await session.OpenAsync("/");
        var page = browser.Page;

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#recipe-procurement-smes a.export-csv").ClickAsync());

        download.SuggestedFilename.ShouldBe("procurements.csv");
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var records = CsvReader.Parse(Encoding.UTF8.GetString(bytes)[1..]);
        var header = records[0];
        header.ShouldContain("total");
        header.ShouldContain("sme");
        header.TakeLast(4).ShouldBe(["provenance", "document", "documentSha256", "line"]);
        var row = header.Zip(records.Skip(1).ShouldHaveSingleItem()).ToDictionary(p => p.First, p => p.Second);
        row["total"].ShouldBe("1033.20");
        row["services"].ShouldBe("1033.20");
        row["sme"].ShouldBe("1033.20");
        row["unitName"].ShouldBe("重庆市万州区党政信息中心");
        row["document"].ShouldBe("wanzhou-party-govt-info-center-2021.txt");
        browser.Errors.ShouldBeEmpty();
    }
}
