using FinalAccounts.Api.Tests.Support;
using System.Text.Json.Nodes;

namespace FinalAccounts.Api.Tests.Web;

/// <summary>Reads a whole root list through GraphQL, page by page, with where/order passed as variables (as JSON).</summary>
public static class GraphQLList
{
    public static async Task<List<JsonObject>> AllAsync(GraphQLClient client, string field, string entity, string selection, string? where = null, string? order = null)
    {
        var rows = new List<JsonObject>();
        string? cursor = null;
        var query = $$"""
            query List($where: {{entity}}FilterInput, $order: [{{entity}}SortInput!], $after: String) {
              list: {{field}}(first: 100, after: $after, where: $where, order: $order) {
                pageInfo { hasNextPage endCursor }
                nodes { {{selection}} }
              }
            }
            """;
        for (var guard = 0; guard < 10_000; guard++)
        {
            var data = await client.DataAsync(query, new
            {
                where = where is null ? null : JsonNode.Parse(where),
                order = order is null ? null : JsonNode.Parse(order),
                after = cursor,
            });
            var page = data["list"]!;
            rows.AddRange(page["nodes"]!.AsArray().Select(n => n!.AsObject()));
            if (!page["pageInfo"]!["hasNextPage"]!.GetValue<bool>()) return rows;
            cursor = page["pageInfo"]!["endCursor"]!.GetValue<string>();
        }
        throw new InvalidOperationException("Paging did not end.");
    }
}
