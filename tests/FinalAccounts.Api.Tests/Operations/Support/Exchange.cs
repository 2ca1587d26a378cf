using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FinalAccounts.Api.Tests.Operations.Support;

/// <summary>One HTTP request and its answer: status, headers and the JSON body.</summary>
public sealed record Exchange(HttpStatusCode Status, HttpResponseMessage Response, JsonNode? Body)
{
    public static async Task<Exchange> PostAsync(HttpClient client, string query, string? operationName = null, CancellationToken cancellationToken = default)
    {
        var response = await client.PostAsJsonAsync("/graphql", new { query, operationName }, cancellationToken);
        return await ReadAsync(response, cancellationToken);
    }

    public static async Task<Exchange> GetAsync(HttpClient client, string pathAndQuery, CancellationToken cancellationToken = default) =>
        await ReadAsync(await client.GetAsync(pathAndQuery, cancellationToken), cancellationToken);

    public static async Task<Exchange> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken = default)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return new Exchange(response.StatusCode, response, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    /// <summary>The value of a response header, or <see langword="null"/>.</summary>
    public string? Header(string name) =>
        Response.Headers.TryGetValues(name, out var values) || Response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(",", values)
            : null;

    public long LongHeader(string name) => long.Parse(Header(name) ?? throw new InvalidOperationException($"No {name} header."), System.Globalization.CultureInfo.InvariantCulture);

    public JsonArray? Errors => Body?["errors"]?.AsArray();

    /// <summary>The <c>extensions.code</c> of the first error.</summary>
    public string? ErrorCode => Errors?[0]?["extensions"]?["code"]?.GetValue<string>();
}
