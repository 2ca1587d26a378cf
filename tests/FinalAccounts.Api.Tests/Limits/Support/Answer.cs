using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FinalAccounts.Api.Tests.Limits.Support;

/// <summary>One HTTP answer of the GraphQL endpoint: status, media type and body (parsed when it is JSON).</summary>
public sealed record Answer(HttpStatusCode Status, string? MediaType, string Text)
{
    public JsonNode? Body { get; } = Parse(Text);

    public JsonArray? Errors => Body?["errors"] as JsonArray;

    public string? FirstErrorCode => Errors?[0]?["extensions"]?["code"]?.GetValue<string>();

    public IEnumerable<string> ErrorCodes =>
        Errors?.Select(e => e?["extensions"]?["code"]?.GetValue<string>() ?? "") ?? [];

    /// <summary>extensions.cost.requestedQueryCost, or null when the answer has none.</summary>
    public int? RequestedCost => Body?["extensions"]?["cost"]?["requestedQueryCost"]?.GetValue<int>();

    public static async Task<Answer> ReadAsync(HttpResponseMessage response) =>
        new(response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());

    public override string ToString() => $"{(int)Status} {MediaType}: {(Text.Length > 2000 ? Text[..2000] + "…" : Text)}";

    private static JsonNode? Parse(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
