using System.Text.Json;
using FinalAccounts.Http.Limits;
using Microsoft.Extensions.Options;

namespace FinalAccounts.Api.Operations;

/// <summary>
/// Writes the answer of a request refused or stopped by the server's limits in the shape of every other
/// error of the API: <c>{"errors":[{"message":…,"extensions":{"code":…,"traceId":…}}],"extensions":{"cost":…}}</c>, as
/// <c>application/graphql-response+json</c> when the client accepts it and <c>application/json</c> otherwise.
/// </summary>
public static class ErrorResponse
{
    private const string GraphQLResponse = "application/graphql-response+json";

    public static async Task WriteAsync(HttpContext context, int status, string code, string message, Action<Utf8JsonWriter>? extensions = null)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.Headers.CacheControl = "no-store";
        var accept = context.Request.Headers.Accept.ToString();
        response.ContentType = (accept.Contains(GraphQLResponse, StringComparison.OrdinalIgnoreCase) ? GraphQLResponse : "application/json") + "; charset=utf-8";

        using var body = new MemoryStream();
        using (var json = new Utf8JsonWriter(body))
        {
            json.WriteStartObject();
            json.WriteStartArray("errors");
            json.WriteStartObject();
            json.WriteString("message", message);
            json.WriteStartObject("extensions");
            json.WriteString("code", code);
            extensions?.Invoke(json);
            json.WriteString("traceId", RequestTrace.IdOf(context));
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            // Every answer reports the query's cost, as the transport does: what was known of it (0 when
            // the request was refused before its query was read) against the limit.
            if (context.RequestServices?.GetService<IOptions<GraphQLLimits>>() is { } limits)
            {
                json.WriteStartObject("extensions");
                json.WriteStartObject("cost");
                json.WriteNumber("requestedQueryCost", (long)(RequestItems.CostOf(context) ?? 0));
                json.WriteNumber("maximumAvailable", limits.Value.MaxCost);
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndObject();
        }

        response.ContentLength = body.Length;
        try
        {
            await response.Body.WriteAsync(body.GetBuffer().AsMemory(0, (int)body.Length), context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client is gone: nobody to tell.
        }
    }
}
