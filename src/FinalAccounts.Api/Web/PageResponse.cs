namespace FinalAccounts.Api.Web;

/// <summary>Writes an HTML page with headers that keep it to this server: scripts, styles, workers and data all come from here.</summary>
public static class PageResponse
{
    /// <summary>Monaco (GraphiQL's editor) sets inline styles, hence 'unsafe-inline' for styles only.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "worker-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static Task WriteAsync(HttpContext context, string html)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.CacheControl = "no-cache";
        return response.WriteAsync(html, context.RequestAborted);
    }
}
