using Microsoft.Net.Http.Headers;

namespace FinalAccounts.Api.Web;

/// <summary>
/// A browser opening the GraphQL endpoint as a page: GET, HTML acceptable, and no <c>query</c> parameter.
/// Everything else (any GraphQL request, any client asking for JSON) belongs to the GraphQL endpoint.
/// </summary>
public static class BrowserPageRequest
{
    public static bool Matches(HttpRequest request)
    {
        if (!HttpMethods.IsGet(request.Method) || request.Query.ContainsKey("query")) return false;
        var accept = request.Headers.Accept;
        if (accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var types)) return false;
        return types.Any(t => t.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && (t.Quality ?? 1) > 0);
    }
}
