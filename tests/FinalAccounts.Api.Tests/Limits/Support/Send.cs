using System.Text;
using System.Text.Json.Nodes;

namespace FinalAccounts.Api.Tests.Limits.Support;

/// <summary>Requests to /graphql as a client builds them, down to the raw bytes when a test needs them.</summary>
public static class Send
{
    public const string Path = "/graphql";

    public static async Task<Answer> QueryAsync(HttpClient client, string query, JsonObject? variables = null, string? accept = null)
    {
        var body = new JsonObject { ["query"] = query, ["variables"] = variables };
        return await RawAsync(client, Encoding.UTF8.GetBytes(body.ToJsonString()), "application/json", accept);
    }

    public static async Task<Answer> RawAsync(HttpClient client, byte[] body, string? contentType = "application/json", string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new ByteArrayContent(body) };
        if (contentType is not null) request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        using var response = await client.SendAsync(request);
        return await Answer.ReadAsync(response);
    }

    /// <summary>A JSON request body whose query is <paramref name="query"/>, padded with spaces after the JSON to exactly <paramref name="bytes"/> bytes.</summary>
    public static byte[] PaddedBody(string query, int bytes)
    {
        var json = Encoding.UTF8.GetBytes(new JsonObject { ["query"] = query }.ToJsonString());
        var padded = new byte[bytes];
        json.CopyTo(padded, 0);
        padded.AsSpan(json.Length).Fill((byte)' ');
        return padded;
    }
}
