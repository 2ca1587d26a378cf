using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using FinalAccounts.Api.Tests.Fixtures;

namespace FinalAccounts.Api.Tests.Web;

/// <summary>The pages people open: the landing page, GraphiQL at /graphiql and at /graphql for browsers, and their assets, all from this server.</summary>
public sealed partial class PageTests(RealReportApi api) : IClassFixture<RealReportApi>
{
    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    [Fact]
    public async Task The_landing_page_explains_the_data_in_chinese_and_english_and_lists_the_cookbook()
    {
        using var response = await Get("/", BrowserAccept);
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().ShouldBe("text/html; charset=utf-8");
        html.ShouldContain("决算开放数据");
        html.ShouldContain("Final accounts");
        html.ShouldContain("数据从哪里来");
        html.ShouldContain("Where the data comes from");
        Regex.Matches(html, "<article class=\"recipe\"").Count.ShouldBeGreaterThanOrEqualTo(12);
        html.ShouldContain("href=\"/graphiql\"");
        html.ShouldContain("href=\"/export/snapshot.db\"");
        html.ShouldContain("href=\"/schema.graphql\"");
        html.ShouldContain("<script type=\"module\" src=\"/app/landing.js\"></script>");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/graphiql")]
    public async Task Pages_load_nothing_from_another_host(string path)
    {
        using var response = await Get(path, BrowserAccept);
        var html = await response.Content.ReadAsStringAsync();

        ExternalReference().Matches(html).Select(m => m.Value).ShouldBeEmpty();
        var policy = response.Headers.GetValues("Content-Security-Policy").ShouldHaveSingleItem();
        policy.ShouldContain("default-src 'self'");
        policy.ShouldContain("script-src 'self'");
        policy.ShouldContain("connect-src 'self'");
    }

    [Fact]
    public async Task GraphiQL_is_served_at_graphiql_with_the_cookbook()
    {
        using var response = await Get("/graphiql", BrowserAccept);
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("<div id=\"graphiql\">");
        html.ShouldContain("src=\"/app/graphiql.js\"");
        html.ShouldContain("<script type=\"application/json\" id=\"cookbook-data\">");
        html.ShouldContain("unit-spending-trend");
    }

    [Fact]
    public async Task A_browser_opening_graphql_gets_graphiql()
    {
        using var response = await Get("/graphql", BrowserAccept);
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        html.ShouldContain("<div id=\"graphiql\">");
    }

    [Theory]
    [InlineData("/graphql?query=%7B__typename%7D", BrowserAccept)]       // a GraphQL GET from a browser's address bar: GraphQL answers
    [InlineData("/graphql?query=%7B__typename%7D", "application/json")]
    [InlineData("/graphql?query=%7B__typename%7D", null)]
    public async Task A_graphql_request_is_answered_by_graphql_whatever_it_accepts(string path, string? accept)
    {
        using var response = await Get(path, accept);
        var body = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldNotBe("text/html");
        Typename(body).ShouldBe("Query", body);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/graphql-response+json")]
    public async Task A_client_that_does_not_ask_for_html_gets_graphqls_missing_query_error(string accept)
    {
        using var response = await Get("/graphql", accept);
        var body = await response.Content.ReadAsStringAsync();

        response.Content.Headers.ContentType!.MediaType.ShouldNotBe("text/html");
        body.ShouldContain("\"errors\"");
    }

    [Fact]
    public async Task A_post_to_graphql_is_never_taken_for_a_page()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ __typename }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd(BrowserAccept);
        using var response = await api.Factory.CreateClient().SendAsync(request);

        var body = await response.Content.ReadAsStringAsync();
        response.Content.Headers.ContentType!.MediaType.ShouldNotBe("text/html");
        Typename(body).ShouldBe("Query", body);
    }

    [Theory]
    [InlineData("/app/graphiql.js", "text/javascript")]
    [InlineData("/app/graphiql.css", "text/css")]
    [InlineData("/app/landing.js", "text/javascript")]
    [InlineData("/app/landing.css", "text/css")]
    [InlineData("/app/workers/editor.worker.js", "text/javascript")]
    [InlineData("/app/workers/graphql.worker.js", "text/javascript")]
    [InlineData("/app/workers/json.worker.js", "text/javascript")]
    public async Task The_bundled_assets_are_served_by_this_server(string path, string mediaType)
    {
        using var response = await Get(path, null);
        var body = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(mediaType);
        body.Length.ShouldBeGreaterThan(1000);
        foreach (var cdn in (string[])["esm.sh", "unpkg.com", "cdn.jsdelivr.net", "cdnjs.cloudflare.com"])
            body.ShouldNotContain(cdn, customMessage: $"{path} must not load code from {cdn} at run time");
    }

    [Fact]
    public async Task The_schema_is_served_as_printed_from_the_running_schema()
    {
        // The committed schema.graphql is the same text (SchemaFileTests keeps them equal).
        var served = await api.Factory.CreateClient().GetStringAsync("/schema.graphql");

        served.ShouldBe(FinalAccounts.Api.GraphQL.SchemaDocument.Print(Support.SchemaFactory.Create()));
        served.ShouldContain("type Query {");
    }

    private static string? Typename(string body) =>
        System.Text.Json.Nodes.JsonNode.Parse(body)?["data"]?["__typename"]?.GetValue<string>();

    private async Task<HttpResponseMessage> Get(string path, string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept is not null) request.Headers.Accept.ParseAdd(accept);
        return await api.Factory.CreateClient().SendAsync(request);
    }

    /// <summary>A src or href that points at another host (an absolute http(s) URL or a protocol-relative one).</summary>
    [GeneratedRegex("""(?:src|href)\s*=\s*["'](?:https?:)?//""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
