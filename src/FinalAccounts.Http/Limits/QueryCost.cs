using Microsoft.AspNetCore.Http;

namespace FinalAccounts.Http.Limits;

/// <summary>
/// Where the cost of a request can be read. Every response of an endpoint with query limits carries
/// <c>extensions.cost = {"requestedQueryCost": n, "maximumAvailable": m}</c>, in the style of Shopify and
/// GitHub (n is 0 when no operation was costed: a request refused before validation, or a document
/// with errors). The host reads what the request was charged from <see cref="HttpContext.Items"/>.
/// </summary>
public static class QueryCost
{
    /// <summary>
    /// Key of the cost in <see cref="HttpContext.Items"/>: an <see cref="int"/>, the cost of the operation
    /// that ran, or 0 when nothing ran (a refused request is not charged). Set on every request to an
    /// endpoint with query limits.
    /// </summary>
    public const string ItemKey = "graphql.cost";

    /// <summary>Name of the response extension.</summary>
    public const string ExtensionName = "cost";

    /// <summary>The cost charged to <paramref name="context"/>'s request; 0 when it was not costed.</summary>
    public static int ChargedTo(HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var cost) && cost is int charged ? charged : 0;
}
