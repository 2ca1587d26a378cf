using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FinalAccounts.Api.Tests.Fixtures;
using FinalAccounts.Api.Tests.Support;

namespace FinalAccounts.Api.Tests.Documentation;

/// <summary>
/// The README's example and the <c>.http</c> file's requests stay true: run against the real report, each request
/// succeeds without GraphQL errors, except those titled "Refused", which fail with the code their title names; and
/// the README's example answer is byte for byte what the server returns.
/// </summary>
public sealed class SampleRequestTests(RealReportApi api) : IClassFixture<RealReportApi>
{
    public static TheoryData<string> Titles() => [.. SampleRequest.Parse(File.ReadAllText(RepositoryPaths.HttpFile)).Select(r => r.Title)];

    [Theory]
    [MemberData(nameof(Titles))]
    public async Task Each_sample_request_gets_the_answer_its_title_announces(string title)
    {
        var sample = SampleRequest.Parse(File.ReadAllText(RepositoryPaths.HttpFile)).Single(r => r.Title == title);
        using var request = new HttpRequestMessage(sample.Method, sample.Path);
        foreach (var (name, value) in sample.Headers)
            if (!name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
                request.Headers.TryAddWithoutValidation(name, value);
        if (sample.Body.Length > 0)
            request.Content = new StringContent(sample.Body, Encoding.UTF8, MediaTypeHeaderValue.Parse(sample.Headers["Content-Type"]));

        using var response = await api.Factory.CreateClient().SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        if (title.StartsWith("Refused", StringComparison.Ordinal))
        {
            var code = Regex.Match(title, "[A-Z][A-Z_]{5,}").Value;
            JsonNode.Parse(body)!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>().ShouldBe(code);
            return;
        }
        ((int)response.StatusCode).ShouldBe(200, body);
        if (response.Content.Headers.ContentType?.MediaType?.Contains("json") == true && sample.Path.StartsWith("/graphql", StringComparison.Ordinal))
        {
            var answer = JsonNode.Parse(body)!;
            answer["errors"].ShouldBeNull(body);
            // Each root field finds something in the real report: a sample that answers null shows nothing.
            foreach (var (field, value) in answer["data"]!.AsObject())
                value.ShouldNotBeNull($"{field} in {body}");
        }
        body.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task The_readme_example_answer_is_what_the_server_returns()
    {
        var readme = File.ReadAllText(RepositoryPaths.Readme);
        var section = readme[readme.IndexOf("## Query the API", StringComparison.Ordinal)..];
        var query = Regex.Match(section, "```graphql\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
        var answer = Regex.Match(section, "```json\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
        query.ShouldNotBeNullOrWhiteSpace();

        var response = await api.Client.PostAsync(query);

        response.Body.ToJsonString().ShouldBe(JsonNode.Parse(answer)!.ToJsonString());
    }
}
