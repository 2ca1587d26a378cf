using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace FinalAccounts.Http.Tests.TestHost;

/// <summary>Builds the requests the tests send and checks responses byte for byte.</summary>
public static class HttpExchange
{
    public static string GetUrl(string query, string? variables = null, string? operationName = null, string? extensions = null)
    {
        var parameters = new List<string> { "query=" + Uri.EscapeDataString(query) };
        if (variables is not null)
        {
            parameters.Add("variables=" + Uri.EscapeDataString(variables));
        }

        if (operationName is not null)
        {
            parameters.Add("operationName=" + Uri.EscapeDataString(operationName));
        }

        if (extensions is not null)
        {
            parameters.Add("extensions=" + Uri.EscapeDataString(extensions));
        }

        return ChatServer.Path + "?" + string.Join('&', parameters);
    }

    public static HttpRequestMessage Post(string body, string? contentType = "application/json", string? accept = null, string path = ChatServer.Path)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        if (contentType is not null)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return request;
    }

    public static HttpRequestMessage Get(string pathAndQuery, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return request;
    }

    /// <summary>Asserts status, exact Content-Type and exact body; returns the body.</summary>
    public static async Task<string> ShouldBeAsync(this HttpResponseMessage response, HttpStatusCode status, string mediaType, string body)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        response.Content.Headers.ContentType.ShouldBe(new MediaTypeHeaderValue(mediaType, "utf-8"));
        text.ShouldBe(body);
        return text;
    }
}
