using System.Text;

namespace FinalAccounts.Api.Tests.Limits.Fuzz;

/// <summary>One request of the fuzz test, as bytes on the wire, with a line saying how it was made.</summary>
public sealed record FuzzRequest(string Kind, string Method, string PathAndQuery, string? ContentType, string? Accept, byte[]? Body)
{
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), PathAndQuery);
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            if (ContentType is not null) message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        }
        if (Accept is not null) message.Headers.TryAddWithoutValidation("Accept", Accept);
        return message;
    }

    /// <summary>The request as a reader can replay it: method, path, headers and the body (its first 4,000 characters, or bytes in hex when not UTF-8).</summary>
    public override string ToString()
    {
        var text = new StringBuilder($"[{Kind}] {Method} {(PathAndQuery.Length > 4000 ? PathAndQuery[..4000] + "…" : PathAndQuery)}\n");
        if (ContentType is not null) text.Append("Content-Type: ").Append(ContentType).Append('\n');
        if (Accept is not null) text.Append("Accept: ").Append(Accept).Append('\n');
        if (Body is null) return text.ToString();
        text.Append($"Body ({Body.Length} bytes): ");
        string body;
        try
        {
            body = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(Body);
        }
        catch (DecoderFallbackException)
        {
            body = "hex " + Convert.ToHexString(Body.AsSpan(0, Math.Min(Body.Length, 2000)));
        }
        return text.Append(body.Length > 4000 ? body[..4000] + "…" : body).ToString();
    }
}
