using System.Text.Json.Nodes;
using FinalAccounts.Api.Tests.Support;

namespace FinalAccounts.Api.Tests.Search;

/// <summary>Runs searches over HTTP and reads their hits as "KIND field nodeId", the oracle's form.</summary>
public static class SearchHits
{
    public const string PageQuery = """
        query Search($query: String!, $first: Int, $after: String, $kinds: [SearchHitKind!]) {
          search(query: $query, first: $first, after: $after, kinds: $kinds) {
            totalCount
            pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
            nodes { kind field nodeId year text snippet { text highlighted } }
          }
        }
        """;

    public static string Key(JsonNode hit) =>
        $"{hit["kind"]!.GetValue<string>()} {hit["field"]!.GetValue<string>()} {hit["nodeId"]!.GetValue<string>()}";

    /// <summary>Every hit of a search, page after page, checking that each page but the last is full.</summary>
    public static async Task<(List<string> Keys, int TotalCount, int Pages)> AllAsync(GraphQLClient client, string query, int pageSize, string[]? kinds = null)
    {
        var keys = new List<string>();
        string? after = null;
        for (var pages = 1; pages < 10_000; pages++)
        {
            var data = await client.DataAsync(PageQuery, new { query, first = pageSize, after, kinds });
            var search = data["search"]!;
            var nodes = search["nodes"]!.AsArray();
            keys.AddRange(nodes.Select(n => Key(n!)));
            var info = search["pageInfo"]!;
            info["hasPreviousPage"]!.GetValue<bool>().ShouldBe(after is not null);
            if (!info["hasNextPage"]!.GetValue<bool>()) return (keys, search["totalCount"]!.GetValue<int>(), pages);
            nodes.Count.ShouldBe(pageSize, "a page before the last must be full");
            after = info["endCursor"]!.GetValue<string>();
        }
        throw new InvalidOperationException("Paging did not end.");
    }
}
