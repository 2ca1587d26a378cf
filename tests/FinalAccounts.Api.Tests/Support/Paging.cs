using System.Text.Json.Nodes;

namespace FinalAccounts.Api.Tests.Support;

/// <summary>Walks a connection page by page, forward (first/after) or backward (last/before), collecting row keys.</summary>
public static class Paging
{
    public static async Task<List<string>> ForwardAsync(GraphQLClient client, string field, string arguments, int pageSize)
    {
        var keys = new List<string>();
        string? cursor = null;
        for (var guard = 0; guard < 10_000; guard++)
        {
            var page = await PageAsync(client, field, arguments, "first", pageSize, "after", cursor);
            var nodes = page["nodes"]!.AsArray();
            nodes.Count.ShouldBeLessThanOrEqualTo(pageSize);
            keys.AddRange(nodes.Select(n => n!["key"]!.GetValue<string>()));
            var info = page["pageInfo"]!;
            (info["hasPreviousPage"]!.GetValue<bool>()).ShouldBe(cursor is not null);
            if (!info["hasNextPage"]!.GetValue<bool>()) return keys;
            nodes.Count.ShouldBe(pageSize, "a page before the last must be full");
            cursor = info["endCursor"]!.GetValue<string>();
        }
        throw new InvalidOperationException("Paging did not end.");
    }

    /// <summary>The keys in list order, collected from the last page back to the first.</summary>
    public static async Task<List<string>> BackwardAsync(GraphQLClient client, string field, string arguments, int pageSize)
    {
        var pages = new List<List<string>>();
        string? cursor = null;
        for (var guard = 0; guard < 10_000; guard++)
        {
            var page = await PageAsync(client, field, arguments, "last", pageSize, "before", cursor);
            var nodes = page["nodes"]!.AsArray();
            nodes.Count.ShouldBeLessThanOrEqualTo(pageSize);
            pages.Add(nodes.Select(n => n!["key"]!.GetValue<string>()).ToList());
            var info = page["pageInfo"]!;
            (info["hasNextPage"]!.GetValue<bool>()).ShouldBe(cursor is not null);
            if (!info["hasPreviousPage"]!.GetValue<bool>())
            {
                pages.Reverse();
                return pages.SelectMany(p => p).ToList();
            }
            nodes.Count.ShouldBe(pageSize, "a page after the first must be full");
            cursor = info["startCursor"]!.GetValue<string>();
        }
        throw new InvalidOperationException("Paging did not end.");
    }

    private static async Task<JsonNode> PageAsync(GraphQLClient client, string field, string arguments, string sizeArgument, int size, string cursorArgument, string? cursor)
    {
        var separator = arguments.Length > 0 ? ", " : "";
        var query = $$"""
            query Page($size: Int, $cursor: String) {
              page: {{field}}({{sizeArgument}}: $size, {{cursorArgument}}: $cursor{{separator}}{{arguments}}) {
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                nodes { key }
              }
            }
            """;
        var data = await client.DataAsync(query, new { size, cursor });
        return data["page"]!;
    }
}
