using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FinalAccounts.Api.Tests.Support;

/// <summary>Posts GraphQL requests to /graphql over HTTP and parses the answers.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null)
    {
        using var response = await http.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadAsStringAsync();
        return new GraphQLResponse(response.StatusCode, JsonNode.Parse(body) ?? throw new InvalidOperationException("Empty response body."));
    }

    /// <summary>Runs a query that must succeed and returns its data.</summary>
    public async Task<JsonNode> DataAsync(string query, object? variables = null)
    {
        var response = await PostAsync(query, variables);
        response.Errors.ShouldBeNull($"errors for {query}: {response.Body.ToJsonString()}");
        return response.Body["data"] ?? throw new InvalidOperationException("No data.");
    }
}
