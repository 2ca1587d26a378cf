using System.Net;
using System.Text.Json.Nodes;
using FinalAccounts.Api.Tests.Fixtures;

namespace FinalAccounts.Api.Tests.Web;

/// <summary>
/// Computed lists (aggregates, search…) download as the field computes them: the export runs the field page by
/// page with the caller's arguments, so its rows are the field's, and GraphQL's refusals are its refusals.
/// </summary>
public sealed class ComputedExportTests(FixtureApi api) : IClassFixture<FixtureApi>
{
    [Fact]
    public async Task An_aggregate_downloads_every_group_the_field_pages_through()
    {
        var expected = new List<JsonObject>();
        string? cursor = null;
        do
        {
            var data = await api.Client.DataAsync("""
                query($after: String) {
                  aggregate(metric: CATEGORY_EXPENDITURE, groupBy: [YEAR, UNIT, CATEGORY], order: [{ sum: DESC }], first: 100, after: $after) {
                    pageInfo { hasNextPage endCursor }
                    nodes { year category { code nameZh } sum count sharePercent }
                  }
                }
                """, new { after = cursor });
            expected.AddRange(data["aggregate"]!["nodes"]!.AsArray().Select(n => n!.AsObject()));
            var info = data["aggregate"]!["pageInfo"]!;
            cursor = info["hasNextPage"]!.GetValue<bool>() ? info["endCursor"]!.GetValue<string>() : null;
        } while (cursor is not null);
        expected.Count.ShouldBeGreaterThan(100, "more groups than one page of the export (100), so its paging is exercised");

        var http = api.Factory.CreateClient();
        var query = "metric=CATEGORY_EXPENDITURE&groupBy=" + Uri.EscapeDataString("""["YEAR","UNIT","CATEGORY"]""") + "&order=" + Uri.EscapeDataString("""[{"sum":"DESC"}]""");
        var json = await ExportDownload.GetAsync(http, "/export/aggregate.json", extra: query);
        var csv = await ExportDownload.GetAsync(http, "/export/aggregate.csv", extra: query);

        json.Status.ShouldBe(HttpStatusCode.OK, json.Text);
        var rows = json.Json.AsArray();
        rows.Count.ShouldBe(expected.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            rows[i]!["year"]!.ToJsonString().ShouldBe(expected[i]["year"]!.ToJsonString());
            rows[i]!["categoryCode"]?.ToJsonString().ShouldBe(expected[i]["category"]!["code"]?.ToJsonString());
            rows[i]!["categoryNameZh"]!.GetValue<string>().ShouldBe(expected[i]["category"]!["nameZh"]!.GetValue<string>());
            rows[i]!["sum"]!.ToJsonString().ShouldBe(expected[i]["sum"]!.ToJsonString(), $"row {i}: exact decimals");
            rows[i]!["count"]!.ToJsonString().ShouldBe(expected[i]["count"]!.ToJsonString());
        }
        csv.CsvRows.Select(r => r["sum"]).ShouldBe(expected.Select(e => e["sum"]!.ToJsonString()));
    }

    [Fact]
    public async Task First_keeps_the_first_rows()
    {
        var json = await ExportDownload.GetAsync(api.Factory.CreateClient(), "/export/aggregate.json",
            extra: "metric=EXPENDITURE_TOTAL&groupBy=UNIT&first=3");

        json.Status.ShouldBe(HttpStatusCode.OK, json.Text);
        json.Json.AsArray().Count.ShouldBe(3);
    }

    [Theory]
    [InlineData("metric=NO_SUCH_METRIC&groupBy=YEAR", "NO_SUCH_METRIC")]
    [InlineData("groupBy=YEAR", "metric")]
    [InlineData("metric=EXPENDITURE_TOTAL&groupBy=YEAR&colour=red", "colour")]
    [InlineData("metric=EXPENDITURE_TOTAL&groupBy=YEAR&first=-2", "first")]
    public async Task What_the_field_refuses_is_a_400_with_its_error(string query, string words)
    {
        var download = await ExportDownload.GetAsync(api.Factory.CreateClient(), "/export/aggregate.csv", extra: query);

        download.Status.ShouldBe(HttpStatusCode.BadRequest, download.Text);
        var error = download.Json["errors"]![0]!;
        error["message"]!.GetValue<string>().ShouldContain(words, Case.Sensitive);
        error["extensions"]!["code"].ShouldNotBeNull();
    }

    [Fact]
    public async Task The_same_arguments_are_refused_by_graphql_with_the_same_code()
    {
        var graphql = await api.Client.PostAsync("{ aggregate(metric: EXPENDITURE_TOTAL, groupBy: []) { totalCount } }");
        var export = await ExportDownload.GetAsync(api.Factory.CreateClient(), "/export/aggregate.json", extra: "metric=EXPENDITURE_TOTAL&groupBy=%5B%5D");

        graphql.FirstErrorCode.ShouldNotBeNull();
        export.Status.ShouldBe(HttpStatusCode.BadRequest, export.Text);
        export.Json["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe(graphql.FirstErrorCode);
    }
}
