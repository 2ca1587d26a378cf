using System.Net;
using FinalAccounts.Api.Tests.Fixtures;

namespace FinalAccounts.Api.Tests.Web;

/// <summary>Bad export requests are answered as GraphQL answers bad arguments: 400 (404 for an unknown export) with a clear JSON error, never 500.</summary>
public sealed class ExportErrorTests(FixtureApi api) : IClassFixture<FixtureApi>
{
    public static TheoryData<string, string, string, string> BadRequests() => new()
    {
        // path, query string, expected code, words the message must contain
        { "/export/figures.csv", "where=" + Uri.EscapeDataString("""{"metric":{"eq":"NO_SUCH_METRIC"}}"""), "INVALID_VALUE", "NO_SUCH_METRIC" },
        { "/export/figures.csv", "where=" + Uri.EscapeDataString("""{"colour":{"eq":"red"}}"""), "INVALID_VALUE", "colour" },
        { "/export/units.json", "where=" + Uri.EscapeDataString("""{"name":{"eq":42}}"""), "INVALID_VALUE", "name" },
        { "/export/units.json", "where=" + Uri.EscapeDataString("""{"name":{"eq":"a"}"""), "INVALID_EXPORT_PARAMETER", "not valid JSON" },
        { "/export/units.json", "where=" + Uri.EscapeDataString("""[1,2]"""), "INVALID_VALUE", "where" },
        { "/export/units.csv", "order=" + Uri.EscapeDataString("""[{"name":"UP"}]"""), "INVALID_VALUE", "UP" },
        { "/export/units.csv", "order=" + Uri.EscapeDataString("""[{"duties":"ASC"}]"""), "INVALID_VALUE", "duties" },
        { "/export/units.csv", "where=" + Uri.EscapeDataString("""{"id":{"eq":"not-a-global-id"}}"""), "INVALID_ID", "not-a-global-id" },
        { "/export/units.csv", "first=-1", "INVALID_PAGING_ARGUMENTS", "first" },
        { "/export/units.csv", "first=ten", "INVALID_PAGING_ARGUMENTS", "first" },
        { "/export/units.csv", "filter=" + Uri.EscapeDataString("""{"name":{"eq":"a"}}"""), "INVALID_EXPORT_PARAMETER", "filter" },
        { "/export/units.csv", "first=1&first=2", "INVALID_EXPORT_PARAMETER", "first" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task A_bad_argument_is_a_400_with_a_graphql_error(string path, string query, string code, string words)
    {
        using var response = await api.Factory.CreateClient().GetAsync(path + "?" + query);
        var body = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, body);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        var error = System.Text.Json.Nodes.JsonNode.Parse(body)!["errors"]![0]!;
        error["extensions"]!["code"]!.GetValue<string>().ShouldBe(code, body);
        error["message"]!.GetValue<string>().ShouldContain(words, Case.Sensitive, body);
        error["locations"].ShouldBeNull("the internal document's locations mean nothing to the caller");
    }

    [Theory]
    [InlineData("/export/nothing.csv")]
    [InlineData("/export/units.xlsx")]
    [InlineData("/export/units")]
    public async Task An_unknown_export_is_a_404_naming_the_lists(string path)
    {
        using var response = await api.Factory.CreateClient().GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound, body);
        var error = System.Text.Json.Nodes.JsonNode.Parse(body)!["errors"]![0]!;
        error["extensions"]!["code"]!.GetValue<string>().ShouldBe("UNKNOWN_EXPORT");
        error["message"]!.GetValue<string>().ShouldContain("finalAccounts");
    }

    [Fact]
    public async Task The_same_filter_is_refused_by_graphql_with_the_same_code()
    {
        var graphql = await api.Client.PostAsync("query($w: FigureFilterInput) { figures(where: $w) { totalCount } }",
            new { w = System.Text.Json.Nodes.JsonNode.Parse("""{"metric":{"eq":"NO_SUCH_METRIC"}}""") });
        var export = await ExportDownload.GetAsync(api.Factory.CreateClient(), "/export/figures.json", """{"metric":{"eq":"NO_SUCH_METRIC"}}""");

        export.Status.ShouldBe(HttpStatusCode.BadRequest);
        export.Json["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe(graphql.FirstErrorCode);
    }
}
